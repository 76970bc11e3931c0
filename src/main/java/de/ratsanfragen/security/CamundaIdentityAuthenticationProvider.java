package de.ratsanfragen.security;

import java.util.ArrayList;
import java.util.List;

import de.ratsanfragen.engine.TooManyFailedLogins;
import de.ratsanfragen.engine.WorkflowIdentity;
import de.ratsanfragen.engine.WorkflowIdentity.AuthenticatedUser;
import de.ratsanfragen.organization.OrganizationDirectory;
import de.ratsanfragen.organization.Unit;
import de.ratsanfragen.organization.UnitKind;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/** Checks user name and password against Camunda's identity service and derives the roles from the groups. */
@Component
class CamundaIdentityAuthenticationProvider implements AuthenticationProvider {

    private final WorkflowIdentity identity;
    private final OrganizationDirectory directory;

    CamundaIdentityAuthenticationProvider(WorkflowIdentity identity, OrganizationDirectory directory) {
        this.identity = identity;
        this.directory = directory;
    }

    /**
     * @throws LoginThrottledException when the client (or, for a client the account does not know, the account)
     *                                 had too many wrong passwords lately
     */
    @Override
    public Authentication authenticate(Authentication authentication) {
        String password = authentication.getCredentials() == null ? null : authentication.getCredentials().toString();
        // HTTP Basic and the login form both record the request's address (behind the proxy: the forwarded one)
        String client = authentication.getDetails() instanceof WebAuthenticationDetails details ? details.getRemoteAddress() : null;
        AuthenticatedUser user;
        try {
            user = identity.authenticate(authentication.getName(), password, client)
                    .orElseThrow(() -> new BadCredentialsException("Benutzername oder Passwort falsch"));
        } catch (TooManyFailedLogins refused) {
            throw new LoginThrottledException(refused);
        }
        return UsernamePasswordAuthenticationToken.authenticated(user.userId(), null, authorities(user));
    }

    List<GrantedAuthority> authorities(AuthenticatedUser user) {
        List<String> names = new ArrayList<>();
        if (user.administrator()) {
            names.add("ROLE_" + Roles.ADMIN);
        }
        if (user.staff()) {
            names.add("ROLE_" + Roles.STAFF);
        }
        for (String group : user.groups()) {
            names.add(Roles.UNIT_PREFIX + group);
            directory.find(group).filter(unit -> unit.code().equals(group)).map(Unit::kind).ifPresent(kind -> {
                if (kind == UnitKind.FACTION) {
                    names.add("ROLE_" + Roles.FACTION);
                    names.add(Roles.FACTION_PREFIX + group);
                } else if (kind == UnitKind.OB_OFFICE) {
                    names.add("ROLE_" + Roles.OB_OFFICE);
                }
            });
        }
        return names.stream().distinct().<GrantedAuthority>map(SimpleGrantedAuthority::new).toList();
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
