package io.calldeck.sync;

import io.calldeck.connector.GongCalls;
import io.calldeck.connector.model.CallsFilter;
import io.calldeck.connector.model.ContentSelector;
import io.calldeck.connector.model.ExtensiveCallsPage;
import io.calldeck.connector.model.GongUser;
import io.calldeck.connector.model.TranscriptsPage;
import io.calldeck.connector.model.Workspace;
import java.util.List;

/** The part of Gong the sync reads; in the server, the connector with background priority. */
public interface GongSource {

    /** @return every Gong user ({@code GET /v2/users}, all pages) */
    List<GongUser> users();

    /** @return the workspaces ({@code GET /v2/workspaces}) */
    List<Workspace> workspaces();

    /**
     * @param filter   which calls
     * @param selector which parts
     * @param cursor   the previous page's cursor, or {@code null}
     * @return one page of {@code POST /v2/calls/extensive}
     */
    ExtensiveCallsPage callsPage(CallsFilter filter, ContentSelector selector, String cursor);

    /**
     * @param filter which calls
     * @param cursor the previous page's cursor, or {@code null}
     * @return one page of {@code POST /v2/calls/transcript}
     */
    TranscriptsPage transcriptsPage(CallsFilter filter, String cursor);

    /**
     * @param gong the connector; its {@linkplain GongCalls#background() background} view is used
     * @return the connector as the sync's source
     */
    static GongSource of(GongCalls gong) {
        GongCalls background = gong.background();
        return new GongSource() {
            @Override
            public List<GongUser> users() {
                return background.streamUsers().toList();
            }

            @Override
            public List<Workspace> workspaces() {
                return background.listWorkspaces();
            }

            @Override
            public ExtensiveCallsPage callsPage(CallsFilter filter, ContentSelector selector, String cursor) {
                return background.listCallsExtensive(filter, selector, cursor);
            }

            @Override
            public TranscriptsPage transcriptsPage(CallsFilter filter, String cursor) {
                return background.listTranscripts(filter, cursor);
            }
        };
    }
}
