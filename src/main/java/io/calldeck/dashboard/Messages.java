package io.calldeck.dashboard;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;

/** The dashboard's Faces messages (shown by the page's growl or {@code <p:messages>}), added in one way. */
public final class Messages {

    private Messages() {
    }

    /**
     * @param summary what happened
     * @param detail  more, or {@code null}
     */
    public static void info(String summary, String detail) {
        add(null, FacesMessage.SEVERITY_INFO, summary, detail);
    }

    /**
     * @param summary what needs attention
     * @param detail  more, or {@code null}
     */
    public static void warn(String summary, String detail) {
        add(null, FacesMessage.SEVERITY_WARN, summary, detail);
    }

    /**
     * @param summary what failed
     * @param detail  why, or {@code null}
     */
    public static void error(String summary, String detail) {
        add(null, FacesMessage.SEVERITY_ERROR, summary, detail);
    }

    /**
     * @param clientId the input the message is about, or {@code null} for the whole page
     * @param severity info, warn or error
     * @param summary  the message
     * @param detail   more, or {@code null}
     */
    public static void add(String clientId, FacesMessage.Severity severity, String summary, String detail) {
        FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(severity, summary, detail));
    }
}
