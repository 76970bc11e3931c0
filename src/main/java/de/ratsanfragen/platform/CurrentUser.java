package de.ratsanfragen.platform;

import java.util.Collection;
import java.util.List;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Who is calling, as the feature modules need to know it (the security module grants the
 * authorities at login): the login, whether the user belongs to
 * the OB office or is an administrator, and the factions and units the user belongs to.
 *
 * @param userId        the login name
 * @param units         codes of the user's units (groups), factions included
 * @param factions      codes of the user's factions
 * @param obOffice      member of the OB office
 * @param staff         member of a unit of the administration, or an administrator
 * @param administrator member of camunda-admin
 */
public record CurrentUser(String userId, List<String> units, List<String> factions, boolean obOffice, boolean staff,
                          boolean administrator) {

    /** Authorities the security module grants at login, read back here. */
    public static final String ROLE_STAFF = "ROLE_STAFF";
    public static final String ROLE_OB_OFFICE = "ROLE_OB_OFFICE";
    public static final String ROLE_FACTION = "ROLE_FACTION";
    public static final String ROLE_ADMIN = "ROLE_ADMIN";
    /** Prefix of the authority naming each group, e.g. {@code UNIT_A11}. */
    public static final String UNIT_PREFIX = "UNIT_";
    /** Prefix of the authority naming each faction of the user, e.g. {@code FACTION_GRUENE}. */
    public static final String FACTION_PREFIX = "FACTION_";

    /** The logged-in user of this request. */
    public static CurrentUser get() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || authentication instanceof AnonymousAuthenticationToken
                || !authentication.isAuthenticated()) {
            throw new IllegalStateException("no user is logged in for this request");
        }
        return of(authentication.getName(), authentication.getAuthorities());
    }

    public static CurrentUser of(String userId, Collection<? extends GrantedAuthority> authorities) {
        List<String> names = authorities.stream().map(GrantedAuthority::getAuthority).toList();
        return new CurrentUser(userId,
                withPrefix(names, UNIT_PREFIX),
                withPrefix(names, FACTION_PREFIX),
                names.contains(ROLE_OB_OFFICE),
                names.contains(ROLE_STAFF),
                names.contains(ROLE_ADMIN));
    }

    /** The OB office and administrators see and manage every inquiry. */
    public boolean seesAllInquiries() {
        return obOffice || administrator;
    }

    private static List<String> withPrefix(List<String> names, String prefix) {
        return names.stream().filter(name -> name.startsWith(prefix)).map(name -> name.substring(prefix.length())).toList();
    }
}
