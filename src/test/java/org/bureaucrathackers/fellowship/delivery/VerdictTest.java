package org.bureaucrathackers.fellowship.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class VerdictTest {

    @Test
    void every_2xx_is_delivered() {
        for (int status : new int[]{200, 201, 202, 204, 299}) {
            assertEquals(Verdict.DELIVERED, Verdict.of(status), "HTTP " + status);
        }
    }

    @Test
    void gone_is_its_own_outcome() {
        assertEquals(Verdict.GONE, Verdict.of(410));
    }

    @Test
    void client_errors_are_final_except_401_408_and_429() {
        for (int status : new int[]{400, 403, 404, 405, 413, 415, 422, 501}) {
            assertEquals(Verdict.REFUSED, Verdict.of(status), "HTTP " + status);
        }
        for (int status : new int[]{401, 408, 429, 500, 502, 503, 504, 0, 302}) {
            assertEquals(Verdict.RETRY, Verdict.of(status), "HTTP " + status);
        }
    }

    @Test
    void only_silence_timeouts_and_server_errors_count_against_a_host() {
        for (int status : new int[]{0, 408, 500, 503}) {
            assertTrue(Verdict.isHostFailure(status), "HTTP " + status);
        }
        for (int status : new int[]{202, 401, 404, 410, 429}) {
            assertFalse(Verdict.isHostFailure(status), "HTTP " + status);
        }
    }
}
