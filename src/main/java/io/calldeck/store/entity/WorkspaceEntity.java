package io.calldeck.store.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A Gong workspace ({@code /v2/workspaces}). */
@Entity
@Table(name = "workspace")
public class WorkspaceEntity implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    private String id;
    private String name;

    /** For JPA. */
    protected WorkspaceEntity() {
    }

    /**
     * @param id   Gong workspace id
     * @param name its name
     */
    public WorkspaceEntity(String id, String name) {
        this.id = id;
        this.name = name;
    }

    /** @return Gong workspace id */
    public String getId() {
        return id;
    }

    /** @return its name */
    public String getName() {
        return name;
    }

    /** @param name its name */
    public void setName(String name) {
        this.name = name;
    }
}
