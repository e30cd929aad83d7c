// SPDX-License-Identifier: EPL-2.0
package io.github.chorus.workspace;

import static io.github.chorus.plan.model.Permission.*;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import io.github.chorus.plan.model.Permission;
import io.github.chorus.plan.model.PlanFactory;
import io.github.chorus.plan.model.Role;
import io.github.chorus.plan.model.RoleKind;
import io.github.chorus.plan.model.Team;

/**
 * The roles of a new team and their permissions (ids {@code role-<kind>}); teams may change
 * them.
 *
 * @since 1.0
 * @noinstantiate This class is not intended to be instantiated by clients.
 */
public final class StandardRoles {

    /** The default permissions of each role kind. */
    public static final Map<RoleKind, Set<Permission>> PERMISSIONS;

    static {
        Map<RoleKind, Set<Permission>> map = new EnumMap<>(RoleKind.class);
        map.put(RoleKind.STRATEGIST, EnumSet.of(VIEW, EDIT_PLAN, EDIT_KPIS, MANAGE_CHANNELS, EDIT_CAMPAIGNS));
        map.put(RoleKind.CONTENT_MANAGER, EnumSet.of(VIEW, EDIT_CONTENT, SUBMIT_FOR_REVIEW, SCHEDULE));
        map.put(RoleKind.COMMUNITY_MANAGER, EnumSet.of(VIEW, MANAGE_INBOX, REPLY, MODERATE, MANAGE_LEADS));
        map.put(RoleKind.CAMPAIGN_MANAGER, EnumSet.of(VIEW, EDIT_CAMPAIGNS, MANAGE_BUDGET, IMPORT_METRICS));
        map.put(RoleKind.ANALYST, EnumSet.of(VIEW, IMPORT_METRICS, EDIT_KPIS));
        map.put(RoleKind.APPROVER, EnumSet.of(VIEW, APPROVE_CONTENT, APPROVE_CAMPAIGNS, PUBLISH));
        map.put(RoleKind.ADMIN, EnumSet.allOf(Permission.class));
        PERMISSIONS = map;
    }

    private StandardRoles() {
    }

    /**
     * Adds one role per {@link RoleKind} to a team.
     *
     * @param team the team
     */
    public static void addTo(Team team) {
        for (RoleKind kind : RoleKind.values()) {
            Role role = PlanFactory.eINSTANCE.createRole();
            role.setId("role-" + kind.getLiteral().toLowerCase(java.util.Locale.ROOT).replace('_', '-')); //$NON-NLS-1$
            role.setKind(kind);
            role.setName(kind.getLiteral().charAt(0) + kind.getLiteral().substring(1).toLowerCase(java.util.Locale.ROOT).replace('_', ' '));
            role.getPermissions().addAll(PERMISSIONS.get(kind));
            team.getRoles().add(role);
        }
    }
}
