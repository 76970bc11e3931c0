package de.ratsanfragen.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import de.ratsanfragen.organization.OrganizationDirectory;
import de.ratsanfragen.organization.Unit;
import de.ratsanfragen.organization.UnitKind;
import de.ratsanfragen.workflow.WorkflowIdentity;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;

/** Checks user name and password against Camunda's identity service and derives the roles from the groups. */
@Component
class CamundaIdentityAuthenticationProvider implements AuthenticationProvider {

    static final String ADMIN_GROUP = "camunda-admin";

    private final WorkflowIdentity identity;
    private final OrganizationDirectory directory;

    CamundaIdentityAuthenticationProvider(WorkflowIdentity identity, OrganizationDirectory directory) {
        this.identity = identity;
        this.directory = directory;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String userId = authentication.getName();
        String password = authentication.getCredentials() == null ? null : authentication.getCredentials().toString();
        List<String> groups = identity.authenticate(userId, password)
                .orElseThrow(() -> new BadCredentialsException("Benutzername oder Passwort falsch"));
        return UsernamePasswordAuthenticationToken.authenticated(userId, null, authorities(groups));
    }

    List<GrantedAuthority> authorities(List<String> groups) {
        List<String> names = new ArrayList<>();
        for (String group : groups) {
            names.add(Roles.UNIT_PREFIX + group);
            if (ADMIN_GROUP.equals(group)) {
                names.add("ROLE_" + Roles.ADMIN);
                names.add("ROLE_" + Roles.STAFF);
                continue;
            }
            Optional<UnitKind> kind = directory.find(group).filter(unit -> unit.code().equals(group)).map(Unit::kind);
            kind.ifPresent(unitKind -> {
                names.add("ROLE_" + (unitKind.isStaff() ? Roles.STAFF : Roles.FACTION));
                if (unitKind == UnitKind.OB_OFFICE) {
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
