package org.bureaucrathackers.fellowship.moderation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Which hosts a domain block covers, and what may be blocked (X16, X17). */
class DomainBlocksTest {

    private final MemoryStore store = new MemoryStore();
    private final DomainBlocks blocks = new DomainBlocks(store, "ministry.example",
            Clock.fixed(Instant.parse("2026-05-01T12:00:00Z"), ZoneOffset.UTC));

    @Test
    void a_block_covers_the_domain_and_every_subdomain_at_any_port() {
        blocks.block("Spam.Example.", "spam");

        assertTrue(blocks.isBlocked("spam.example"));
        assertTrue(blocks.isBlocked("SPAM.example:8443"));
        assertTrue(blocks.isBlocked("a.b.spam.example"));
        assertFalse(blocks.isBlocked("notspam.example"), "a suffix that is not a whole label is another domain");
        assertFalse(blocks.isBlocked("spam.example.org"));
        assertFalse(blocks.isBlocked("example"));
        assertEquals("spam.example", blocks.blockCovering("x.spam.example").orElseThrow().host());
    }

    @Test
    void international_domains_are_compared_in_their_ascii_form() {
        blocks.block("bücher.example", null);

        assertTrue(blocks.isBlocked("xn--bcher-kva.example"));
        assertTrue(blocks.isBlocked("shop.XN--BCHER-KVA.example"));
    }

    @Test
    void an_ip_address_blocks_only_itself() {
        blocks.block("192.0.2.7", null);

        assertTrue(blocks.isBlocked("192.0.2.7:8080"));
        assertFalse(blocks.isBlocked("1.192.0.2.7"));
    }

    @Test
    void lifting_a_block_opens_the_domain_again() {
        blocks.block("spam.example", null);

        assertTrue(blocks.unblock("SPAM.example"));
        assertFalse(blocks.unblock("spam.example"));
        assertFalse(blocks.isBlocked("spam.example"));
    }

    @Test
    void blocking_again_replaces_the_reason() {
        blocks.block("spam.example", "first");
        blocks.block("spam.example", "  second  ");

        assertEquals(List.of("second"), blocks.list().stream().map(DomainBlock::reason).toList());
    }

    @Test
    void urls_wildcards_ports_and_nonsense_are_refused_with_a_reason() {
        assertRefused("https://spam.example/", "not a URL");
        assertRefused("*.spam.example", "without '*.'");
        assertRefused("spam.example:443", "is not a domain name");
        assertRefused("spam example", "is not a domain name");
        assertRefused("", "is not a domain name");
        assertRefused("a".repeat(300) + ".example", "is not a domain name");
        assertRefused("spam.example", "longer than", "x".repeat(DomainBlock.MAX_REASON + 1));
        assertTrue(blocks.list().isEmpty());
    }

    @Test
    void this_instance_cannot_be_blocked_nor_any_domain_above_it() {
        assertRefused("ministry.example", "this instance itself");
        assertRefused("example", "this instance itself");
        blocks.block("other.ministry.example", null);
        assertTrue(blocks.isBlocked("other.ministry.example"));
        assertFalse(blocks.isBlocked("ministry.example"));
    }

    @Test
    void a_block_made_by_another_process_is_seen_after_the_refresh_interval() throws InterruptedException {
        assertFalse(blocks.isBlocked("spam.example"));
        store.upsert(new DomainBlock("spam.example", DomainBlock.Severity.SUSPEND, null, Instant.now()));

        // The refresh comes within REFRESH; the bound only guards against a refresh that never comes, with room for
        // a loaded machine.
        long deadline = System.nanoTime() + DomainBlocks.REFRESH.plusSeconds(30).toNanos();
        while (!blocks.isBlocked("spam.example") && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertTrue(blocks.isBlocked("spam.example"));
    }

    private void assertRefused(String host, String because) {
        assertRefused(host, because, null);
    }

    private void assertRefused(String host, String because, String reason) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> blocks.block(host, reason));
        assertTrue(e.getMessage().contains(because), e::getMessage);
    }

    /** The store as a map: the rules under test live in the service. */
    private static final class MemoryStore implements DomainBlockStore {
        private final Map<String, DomainBlock> rows = new LinkedHashMap<>();

        @Override
        public synchronized void upsert(DomainBlock block) {
            DomainBlock old = rows.get(block.host());
            rows.put(block.host(), old == null ? block
                    : new DomainBlock(block.host(), block.severity(), block.reason(), old.createdAt()));
        }

        @Override
        public synchronized boolean delete(String host) {
            return rows.remove(host) != null;
        }

        @Override
        public synchronized Optional<DomainBlock> find(String host) {
            return Optional.ofNullable(rows.get(host));
        }

        @Override
        public synchronized List<DomainBlock> list(int limit) {
            List<DomainBlock> all = new ArrayList<>(rows.values());
            all.sort(Comparator.comparing(DomainBlock::host));
            return all.subList(0, Math.min(limit, all.size()));
        }

        @Override
        public synchronized long count() {
            return rows.size();
        }
    }
}
