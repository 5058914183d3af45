package org.bureaucrathackers.fellowship.fetch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.UnknownHostException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Rule X12: every refused range, its edges, and what the private-network setting opens. */
class AddressPolicyTest {

    private final AddressPolicy strict = new AddressPolicy(false);
    private final AddressPolicy privateAllowed = new AddressPolicy(true);

    /** Refused whatever the setting: the first and last address of each special range. */
    @ParameterizedTest
    @ValueSource(strings = {
            "0.0.0.0", "0.255.255.255",
            "100.64.0.0", "100.127.255.255",
            "192.0.0.0", "192.0.0.255",
            "192.0.2.0", "192.0.2.255",
            "192.88.99.0", "192.88.99.255",
            "198.18.0.0", "198.19.255.255",
            "198.51.100.0", "198.51.100.255",
            "203.0.113.0", "203.0.113.255",
            "224.0.0.0", "239.255.255.255",
            "240.0.0.0", "255.255.255.254",
            "255.255.255.255",
            "::",
            "64:ff9b::", "64:ff9b::ffff:ffff",
            "64:ff9b:1::", "64:ff9b:1:ffff:ffff:ffff:ffff:ffff",
            "100::", "100::ffff:ffff:ffff:ffff",
            "2001::", "2001:0:ffff:ffff:ffff:ffff:ffff:ffff",
            "2001:10::", "2001:1f:ffff:ffff:ffff:ffff:ffff:ffff",
            "2001:20::", "2001:2f:ffff:ffff:ffff:ffff:ffff:ffff",
            "2001:db8::", "2001:db8:ffff:ffff:ffff:ffff:ffff:ffff",
            "2002::", "2002:ffff:ffff:ffff:ffff:ffff:ffff:ffff",
            "3fff::", "3fff:fff:ffff:ffff:ffff:ffff:ffff:ffff",
            "ff00::", "ff02::1", "ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff",
            "::ffff:198.18.0.1", "::ffff:224.0.0.1", "::0.0.0.2"})
    void special_purpose_addresses_are_refused_even_when_the_private_network_is_allowed(String address) {
        assertFalse(strict.permits(ip(address)), address);
        assertFalse(privateAllowed.permits(ip(address)), address);
    }

    /** Refused by default, reachable when the operator allows the private network. */
    @ParameterizedTest
    @ValueSource(strings = {
            "127.0.0.1", "127.255.255.255",
            "10.0.0.0", "10.255.255.255",
            "172.16.0.0", "172.31.255.255",
            "192.168.0.0", "192.168.255.255",
            "::1",
            "fc00::", "fdff:ffff:ffff:ffff:ffff:ffff:ffff:ffff", "fd00:ec2::253",
            "::ffff:127.0.0.1", "::ffff:10.1.2.3", "::10.1.2.3"})
    void private_addresses_are_refused_unless_the_private_network_is_allowed(String address) {
        assertFalse(strict.permits(ip(address)), address);
        assertTrue(privateAllowed.permits(ip(address)), address);
    }

    /** No peer lives at a link-local address, and cloud metadata endpoints there hand out credentials. */
    @ParameterizedTest
    @ValueSource(strings = {
            "169.254.0.0", "169.254.169.254", "169.254.170.2", "169.254.255.255",
            "fe80::", "fe80::1", "febf:ffff:ffff:ffff:ffff:ffff:ffff:ffff",
            "fd00:ec2::254", "fd20:ce::254", "100.100.100.200",
            "::ffff:169.254.169.254", "::169.254.169.254"})
    void link_local_and_cloud_metadata_addresses_are_refused_even_when_the_private_network_is_allowed(
            String address) {
        assertFalse(strict.permits(ip(address)), address);
        assertFalse(privateAllowed.permits(ip(address)), address);
    }

    /** Public addresses, including the ones right outside each refused range. */
    @ParameterizedTest
    @ValueSource(strings = {
            "1.1.1.1", "8.8.8.8", "9.255.255.255", "11.0.0.0",
            "100.63.255.255", "100.128.0.0", "126.255.255.255", "128.0.0.0",
            "169.253.255.255", "169.255.0.0", "172.15.255.255", "172.32.0.0",
            "192.0.1.255", "192.0.3.0", "192.88.98.255", "192.88.100.0", "192.167.255.255", "192.169.0.0",
            "198.17.255.255", "198.20.0.0", "198.51.99.255", "198.51.101.0", "203.0.112.255", "203.0.114.0",
            "223.255.255.255",
            "2a00:1450:4001::1", "2001:4860:4860::8888", "2001:1:0::1", "2001:db7:ffff::1", "2001:db9::",
            "2003::1", "3ffe:ffff::1", "4000::1", "fbff:ffff::1", "fec0::1", "64:ff9b:2::1", "100:0:0:1::",
            "::ffff:8.8.8.8"})
    void public_addresses_are_permitted(String address) {
        assertTrue(strict.permits(ip(address)), address);
        assertTrue(privateAllowed.permits(ip(address)), address);
    }

    @Test
    void ipv4_mapped_addresses_are_judged_as_the_ipv4_address_they_carry() throws UnknownHostException {
        byte[] mapped = new byte[16];
        mapped[10] = (byte) 0xff;
        mapped[11] = (byte) 0xff;
        mapped[12] = 10;
        mapped[15] = 1;
        // Built as an Inet6Address on purpose: InetAddress.getByName would already hand back an Inet4Address.
        InetAddress address = java.net.Inet6Address.getByAddress(null, mapped, null);
        assertEquals("10.0.0.1", AddressPolicy.unwrap(address).getHostAddress());
        assertFalse(strict.permits(address));
    }

    @Test
    void the_refusal_names_the_address_and_its_range() {
        assertEquals("10.1.2.3 is a private network (RFC 1918) address and the private network is not allowed",
                strict.refusal(ip("10.1.2.3")).orElseThrow());
        assertEquals("169.254.169.254 is a link-local address, never reached",
                privateAllowed.refusal(ip("169.254.169.254")).orElseThrow());
        assertEquals("fd00:ec2:0:0:0:0:0:254 is a cloud metadata (AWS) address, never reached",
                privateAllowed.refusal(ip("fd00:ec2::254")).orElseThrow());
        assertEquals("224.0.0.1 is a multicast address", privateAllowed.refusal(ip("224.0.0.1")).orElseThrow());
    }

    @ParameterizedTest
    @ValueSource(strings = {"duskgytldkxiuqc6.onion", "forum.duskgytldkxiuqc6.ONION", "x.onion.", "site.i2p"})
    void tor_and_i2p_names_are_refused(String host) {
        assertTrue(strict.hostRefusal(host).isPresent(), host);
        assertTrue(privateAllowed.hostRefusal(host).isPresent(), host);
    }

    @Test
    void ordinary_host_names_may_be_looked_up() {
        assertTrue(strict.hostRefusal("mastodon.social").isEmpty());
        assertTrue(strict.hostRefusal("onion.example").isEmpty());
    }

    private static InetAddress ip(String literal) {
        try {
            return InetAddress.getByName(literal);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException(literal, e);
        }
    }
}
