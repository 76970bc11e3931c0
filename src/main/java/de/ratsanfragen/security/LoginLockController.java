package de.ratsanfragen.security;

import java.util.List;

import de.ratsanfragen.engine.LoginThrottle;
import de.ratsanfragen.engine.WorkflowIdentity;
import de.ratsanfragen.platform.ApiProblem;
import de.ratsanfragen.platform.CurrentUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/security/login-locks} (administrators, see {@link SecurityConfiguration}): which clients and
 * accounts the login throttle counts wrong passwords for and which must wait, and lifting them — for an
 * account (from every client, with Camunda's own count of its failed logins) or for a client.
 */
@RestController
@RequestMapping(path = LoginLockController.PATH, produces = MediaType.APPLICATION_JSON_VALUE)
class LoginLockController {

    static final String PATH = "/api/security/login-locks";
    private static final Logger LOG = LoggerFactory.getLogger(LoginLockController.class);

    private final LoginThrottle throttle;
    private final WorkflowIdentity identity;

    LoginLockController(LoginThrottle throttle, WorkflowIdentity identity) {
        this.throttle = throttle;
        this.identity = identity;
    }

    /** Every count with failures on this node, the most recent first; {@code lockedUntil} is set while it waits. */
    @GetMapping
    List<LoginThrottle.Lock> locks() {
        return throttle.locks();
    }

    /** The account may log in again from every client. */
    @DeleteMapping("/{account}")
    ResponseEntity<Void> liftAccount(@PathVariable String account) {
        int lifted = identity.liftLoginLocks(account);
        LOG.info("Anmeldesperren des Benutzerkontos {} aufgehoben ({} Zählungen) von {}", printable(account), lifted,
                CurrentUser.get().userId());
        return ResponseEntity.noContent().build();
    }

    /** The client (its address, an IPv6 client's /64 network) may log in again to every account. */
    @DeleteMapping
    ResponseEntity<Void> liftClient(@RequestParam(required = false) String client) {
        if (client == null || client.isBlank()) {
            throw new ApiProblem(HttpStatus.BAD_REQUEST, "Ungültige Anfrage", "Bitte das Benutzerkonto "
                    + "(DELETE " + PATH + "/{benutzer}) oder das Gerät (?client=IP-Adresse) nennen, dessen Sperre aufgehoben werden soll.");
        }
        int lifted = throttle.liftClient(client.strip());
        LOG.info("Anmeldesperren des Geräts {} aufgehoben ({} Zählungen) von {}", printable(client), lifted,
                CurrentUser.get().userId());
        return ResponseEntity.noContent().build();
    }

    /** A value from the request as one line of the log. */
    private static String printable(String value) {
        return value.replaceAll("\\p{Cntrl}", "?");
    }
}
