package io.calldeck.dashboard;

import io.calldeck.store.Directory;
import io.calldeck.store.GongIds;
import io.calldeck.store.entity.UserEntity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.FacesConverter;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Finds Gong users CallDeck knows (from Gong's directory and calls' internal parties) for the user pickers
 * ({@code #{userSearch.complete}}), and converts a picked user to and from its id.
 */
@Named
@ApplicationScoped
@FacesConverter(value = "userConverter", managed = true)
public class UserSearch implements Converter<UserEntity> {

    private static final Pattern ID = GongIds.PATTERN;

    @Inject
    Directory queries;

    /**
     * @param text part of a name or email
     * @return up to 15 matching users, by name
     */
    public List<UserEntity> complete(String text) {
        return queries.findUsers(text, 15);
    }

    @Override
    public UserEntity getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || !ID.matcher(value).matches()) {
            return null;
        }
        return queries.users().stream().filter(u -> u.getId().equals(value)).findFirst().orElse(null);
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, UserEntity user) {
        return user == null ? "" : user.getId();
    }
}
