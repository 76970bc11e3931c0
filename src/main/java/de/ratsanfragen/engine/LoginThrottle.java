package de.ratsanfragen.engine;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BiFunction;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import de.ratsanfragen.platform.CouncilClock;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing without letting a stranger lock anyone out. Wrong passwords are counted
 * per client (its IP address as Tomcat sees it, an IPv6 client by its /64 network) for each account, per
 * client for all accounts, and per account for all clients. Each count lets its first few failures through
 * at once; from then on every failure makes that count wait, twice as long as the last time, up to a
 * maximum — and while a count waits, its logins are refused without the password being looked at. A
 * client that logged in to an account successfully before is "known" to it: only its own failures on that
 * account slow it down, never anyone else's guessing. So whoever guesses slows down themselves (and, when
 * many clients guess one account together, the clients that account does not know), not its owner.
 * <p>
 * The counts live in this node's memory (bounded, expiring, Caffeine): with N nodes a guesser gets at most
 * N times the rate, and a restart forgets counts and known clients.
 */
@Component
public class LoginThrottle {

    /** What a count is kept for. */
    public enum Scope {
        /** One account from one client. */
        ACCOUNT_FROM_CLIENT,
        /** One client, for any accounts (it tries many). */
        CLIENT,
        /** One account, from any clients it does not know (many clients try it). */
        ACCOUNT
    }

    /**
     * A count of wrong passwords, as an administrator sees it.
     *
     * @param scope         what was counted
     * @param account       the login name tried ({@code null} for {@link Scope#CLIENT})
     * @param client        the client's address, an IPv6 client's /64 network ({@code null} for {@link Scope#ACCOUNT})
     * @param failures      wrong passwords since the count was last forgotten or lifted
     * @param lastFailureAt when the last one came
     * @param lockedUntil   until when logins of this scope are refused, or {@code null} when they are not
     */
    public record Lock(Scope scope, String account, String client, int failures, Instant lastFailureAt, Instant lockedUntil) {
    }

    private record Key(Scope scope, String account, String client) {
    }

    /** A key's state: failures, the last one, until when it waits, and password checks under way. */
    private record Count(int failures, Instant lastFailure, Instant waitUntil, int checking) {

        static final Count NONE = new Count(0, null, null, 0);

        Count checking(int change) {
            return new Count(failures, lastFailure, waitUntil, checking + change);
        }

        /** Nothing to keep: the entry is removed. */
        Count orNull() {
            return failures == 0 && checking <= 0 ? null : this;
        }
    }

    /** An IPv6 address literal (with a zone, maybe): parsed without any name lookup. */
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*(%[\\w.-]+)?");

    private final LoginThrottleProperties properties;
    private final CouncilClock clock;
    private final Cache<Key, Count> counts;
    private final Cache<Key, Instant> knownClients;
    /** How many checks have ended; logins waiting for a free check are woken on it. */
    private final AtomicLong checksEnded = new AtomicLong();

    LoginThrottle(LoginThrottleProperties properties, CouncilClock clock) {
        this.properties = properties;
        this.clock = clock;
        this.counts = Caffeine.newBuilder().maximumSize(properties.maxEntries()).ticker(this::nanos)
                .executor(Runnable::run).expireAfterWrite(properties.forgetAfter()).build();
        this.knownClients = Caffeine.newBuilder().maximumSize(properties.maxEntries()).ticker(this::nanos)
                .executor(Runnable::run).expireAfterWrite(properties.rememberClients()).build();
    }

    private long nanos() {
        return TimeUnit.MILLISECONDS.toNanos(clock.millis());
    }

    /**
     * One password check about to happen. Call {@link #succeeded()} or {@link #failed()} with its outcome;
     * closing it without either (the check broke off) counts nothing.
     */
    public final class Attempt implements AutoCloseable {

        private final Key accountFromClient;
        private final List<Key> held;
        private boolean ended;

        private Attempt(Key accountFromClient, List<Key> held) {
            this.accountFromClient = accountFromClient;
            this.held = held;
        }

        /** The right password: this client's failures on the account are forgotten, and the client is known to it. */
        public void succeeded() {
            end((key, count) -> key.equals(accountFromClient) ? new Count(0, null, null, count.checking()) : count);
            knownClients.put(accountFromClient, clock.now());
        }

        /** A wrong password: counted in every scope it was checked in; beyond the free failures the scope waits. */
        public void failed() {
            Instant now = clock.now();
            end((key, count) -> {
                int failures = count.failures() + 1;
                int beyond = failures - free(key.scope());
                return new Count(failures, now, beyond >= 0 ? now.plus(delay(beyond)) : null, count.checking());
            });
        }

        @Override
        public void close() {
            end((key, count) -> count);
        }

        /** Ends the check once: it is no longer under way in any scope, and {@code outcome} is recorded. */
        private void end(BiFunction<Key, Count, Count> outcome) {
            if (ended) {
                return;
            }
            ended = true;
            held.forEach(key -> update(key, count -> outcome.apply(key, count.checking(count.checking() > 0 ? -1 : 0))));
            if (!held.isEmpty()) {
                synchronized (checksEnded) {
                    checksEnded.incrementAndGet();
                    checksEnded.notifyAll();
                }
            }
        }
    }

    /**
     * Starts a password check of {@code account} from {@code clientAddress}, or refuses it. When a scope has as
     * many checks under way as it may have at once, the login waits (at most {@code wait-for-check}) for one of
     * them to end: logins arriving together, such as parallel API calls with the right password, go through one
     * after the other instead of being refused; parallel guesses are answered no faster than one by one.
     *
     * @throws TooManyFailedLogins when a scope of this login must wait; the password is then not to be checked
     */
    public Attempt begin(String account, String clientAddress) {
        long deadline = System.nanoTime() + properties.waitForCheck().toNanos();
        while (true) {
            long seen = checksEnded.get();
            try {
                return tryBegin(account, clientAddress);
            } catch (ChecksUnderWay busy) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw busy.refusal;
                }
                awaitAnEnd(seen, Math.min(left, TimeUnit.MILLISECONDS.toNanos(50)));
            }
        }
    }

    private Attempt tryBegin(String account, String clientAddress) {
        String name = account.toLowerCase(Locale.ROOT);
        String client = client(clientAddress);
        Key accountFromClient = new Key(Scope.ACCOUNT_FROM_CLIENT, name, client);
        List<Key> scopes = knownClients.getIfPresent(accountFromClient) != null ? List.of(accountFromClient)
                : List.of(accountFromClient, new Key(Scope.CLIENT, null, client), new Key(Scope.ACCOUNT, name, null));
        Instant now = clock.now();
        List<Key> held = new ArrayList<>();
        for (Key key : scopes) {
            AtomicReference<Instant> waiting = new AtomicReference<>();
            AtomicBoolean busy = new AtomicBoolean();
            update(key, count -> {
                if (count.waitUntil() != null && count.waitUntil().isAfter(now)) {
                    waiting.set(count.waitUntil());
                    return count;
                }
                // within the free failures as many at once as are left; beyond them one at a time
                boolean room = count.failures() + count.checking() < free(key.scope()) || count.checking() == 0;
                busy.set(!room);
                return room ? count.checking(1) : count;
            });
            if (waiting.get() != null || busy.get()) {
                new Attempt(accountFromClient, held).close();
                TooManyFailedLogins refusal = new TooManyFailedLogins(key.scope(),
                        waiting.get() != null ? Duration.between(now, waiting.get()) : properties.firstDelay());
                throw busy.get() ? new ChecksUnderWay(refusal) : refusal;
            }
            held.add(key);
        }
        return new Attempt(accountFromClient, held);
    }

    /** A scope has as many checks under way as it may have at once: worth waiting for one to end. */
    private static final class ChecksUnderWay extends RuntimeException {

        private final transient TooManyFailedLogins refusal;

        ChecksUnderWay(TooManyFailedLogins refusal) {
            super(null, null, false, false);
            this.refusal = refusal;
        }
    }

    /** Waits until a check has ended since {@code seen} was read, at most {@code nanos}. */
    private void awaitAnEnd(long seen, long nanos) {
        synchronized (checksEnded) {
            if (checksEnded.get() == seen) {
                try {
                    TimeUnit.NANOSECONDS.timedWait(checksEnded, nanos);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("Anmeldung abgebrochen", e);
                }
            }
        }
    }

    /** Every count with failures, the most recent first (for administrators). */
    public List<Lock> locks() {
        Instant now = clock.now();
        return counts.asMap().entrySet().stream()
                .filter(entry -> current(entry.getValue(), now).failures() > 0)
                .map(entry -> {
                    Count count = entry.getValue();
                    Instant until = count.waitUntil() != null && count.waitUntil().isAfter(now) ? count.waitUntil() : null;
                    return new Lock(entry.getKey().scope(), entry.getKey().account(), entry.getKey().client(), count.failures(),
                            count.lastFailure(), until);
                })
                .sorted(Comparator.comparing(Lock::lastFailureAt).reversed())
                .toList();
    }

    /** Forgets every count of this account (from any client): its logins may go ahead again. How many were there. */
    public int liftAccount(String account) {
        String name = account.toLowerCase(Locale.ROOT);
        return lift(key -> name.equals(key.account()));
    }

    /** Forgets every count of this client (its address, or its /64 network). How many were there. */
    public int liftClient(String clientAddress) {
        String client = client(clientAddress);
        return lift(key -> client.equals(key.client()));
    }

    private int lift(Predicate<Key> which) {
        List<Key> keys = counts.asMap().keySet().stream().filter(which).toList();
        counts.invalidateAll(keys);
        return keys.size();
    }

    /** Changes a key's count atomically; stale failures are forgotten first. */
    private void update(Key key, UnaryOperator<Count> change) {
        Instant now = clock.now();
        counts.asMap().compute(key, (k, count) -> change.apply(current(count, now)).orNull());
    }

    private Count current(Count count, Instant now) {
        if (count == null) {
            return Count.NONE;
        }
        boolean stale = count.lastFailure() != null && !count.lastFailure().plus(properties.forgetAfter()).isAfter(now);
        return stale ? new Count(0, null, null, count.checking()) : count;
    }

    private int free(Scope scope) {
        return switch (scope) {
            case ACCOUNT_FROM_CLIENT -> properties.freeFailures().accountFromClient();
            case CLIENT -> properties.freeFailures().client();
            case ACCOUNT -> properties.freeFailures().account();
        };
    }

    /** The wait after the {@code beyond}-th failure past the free ones (0 for the first): doubling, up to the maximum. */
    private Duration delay(int beyond) {
        if (beyond >= 40) {
            return properties.maxDelay();
        }
        Duration delay = properties.firstDelay().multipliedBy(1L << beyond);
        return delay.compareTo(properties.maxDelay()) > 0 ? properties.maxDelay() : delay;
    }

    /**
     * The client as counted: its address; an IPv6 address by its /64 network, since one connection usually
     * holds a whole /64 and could otherwise change its address with every try.
     */
    static String client(String address) {
        if (address == null || address.isBlank()) {
            return "unbekannt";
        }
        if (!IPV6.matcher(address).matches()) {
            return address;
        }
        try {
            // an address literal is parsed, not looked up
            InetAddress parsed = InetAddress.getByName(address);
            if (parsed instanceof Inet4Address) {
                return parsed.getHostAddress();
            }
            byte[] bytes = Arrays.copyOf(parsed.getAddress(), 16);
            Arrays.fill(bytes, 8, 16, (byte) 0);
            return InetAddress.getByAddress(bytes).getHostAddress() + "/64";
        } catch (UnknownHostException e) {
            return address;
        }
    }
}
