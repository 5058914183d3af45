package org.bureaucrathackers.fellowship.fetch;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Which addresses outgoing requests may reach (rule X12). Special-purpose ranges are always refused, and so are
 * link-local and cloud metadata addresses: the private-network setting is for loopback and LAN tests, and no
 * peer ever lives where a cloud hands out instance credentials. The private ones (loopback, RFC 1918,
 * unique-local) only pass when the operator allows the private network, so several instances can federate on
 * one machine or one LAN. IPv4-mapped and IPv4-compatible IPv6 addresses are judged as the IPv4 address they
 * carry.
 */
public final class AddressPolicy {

    /**
     * Never reached, whatever the setting. Judged before the private ranges, because the metadata addresses
     * of some clouds sit inside unique-local space.
     */
    private static final List<Range> LINK_LOCAL_AND_METADATA = List.of(
            Range.of("169.254.0.0/16", "link-local"),
            Range.of("fe80::/10", "link-local"),
            Range.of("fd00:ec2::254/128", "cloud metadata (AWS)"),
            Range.of("fd20:ce::254/128", "cloud metadata (Google Cloud)"),
            Range.of("100.100.100.200/32", "cloud metadata (Alibaba Cloud)"));

    /** Ranges the operator may open with {@code allowPrivateNetwork}. */
    private static final List<Range> PRIVATE = List.of(
            Range.of("127.0.0.0/8", "loopback"),
            Range.of("10.0.0.0/8", "private network (RFC 1918)"),
            Range.of("172.16.0.0/12", "private network (RFC 1918)"),
            Range.of("192.168.0.0/16", "private network (RFC 1918)"),
            Range.of("::1/128", "loopback"),
            Range.of("fc00::/7", "unique local"));

    /** Ranges never reached: unspecified, shared, documentation, benchmarking, multicast, reserved, tunnels. */
    private static final List<Range> SPECIAL = List.of(
            Range.of("0.0.0.0/8", "unspecified (\"this network\")"),
            Range.of("100.64.0.0/10", "shared address space (carrier-grade NAT)"),
            Range.of("192.0.0.0/24", "IETF protocol assignments"),
            Range.of("192.0.2.0/24", "documentation (TEST-NET-1)"),
            Range.of("192.88.99.0/24", "6to4 relay anycast"),
            Range.of("198.18.0.0/15", "benchmarking"),
            Range.of("198.51.100.0/24", "documentation (TEST-NET-2)"),
            Range.of("203.0.113.0/24", "documentation (TEST-NET-3)"),
            Range.of("224.0.0.0/4", "multicast"),
            Range.of("240.0.0.0/4", "reserved"),
            Range.of("255.255.255.255/32", "broadcast"),
            Range.of("::/128", "unspecified"),
            Range.of("64:ff9b::/96", "NAT64"),
            Range.of("64:ff9b:1::/48", "local-use NAT64"),
            Range.of("100::/64", "discard-only"),
            Range.of("2001::/32", "Teredo"),
            Range.of("2001:10::/28", "ORCHID"),
            Range.of("2001:20::/28", "ORCHIDv2"),
            Range.of("2001:db8::/32", "documentation"),
            Range.of("2002::/16", "6to4"),
            Range.of("3fff::/20", "documentation"),
            Range.of("ff00::/8", "multicast"));

    private final boolean allowPrivateNetwork;

    public AddressPolicy(boolean allowPrivateNetwork) {
        this.allowPrivateNetwork = allowPrivateNetwork;
    }

    public boolean allowsPrivateNetwork() {
        return allowPrivateNetwork;
    }

    public boolean permits(InetAddress address) {
        return refusal(address).isEmpty();
    }

    /** Why {@code address} may not be reached, or empty when it may. */
    public Optional<String> refusal(InetAddress address) {
        InetAddress judged = unwrap(address);
        for (Range range : LINK_LOCAL_AND_METADATA) {
            if (range.contains(judged)) {
                return Optional.of(judged.getHostAddress() + " is a " + range.name + " address, never reached");
            }
        }
        for (Range range : SPECIAL) {
            if (range.contains(judged)) {
                return Optional.of(judged.getHostAddress() + " is a " + range.name + " address");
            }
        }
        if (!allowPrivateNetwork) {
            for (Range range : PRIVATE) {
                if (range.contains(judged)) {
                    return Optional.of(judged.getHostAddress() + " is a " + range.name
                            + " address and the private network is not allowed");
                }
            }
        }
        return Optional.empty();
    }

    /** Why a host name may not be looked up at all (Tor and I2P names), or empty when it may. */
    public Optional<String> hostRefusal(String host) {
        if (host == null || host.isBlank()) {
            return Optional.of("no host");
        }
        String name = host.toLowerCase(Locale.ROOT);
        if (name.endsWith(".")) {
            name = name.substring(0, name.length() - 1);
        }
        if (name.endsWith(".onion") || name.equals("onion")) {
            return Optional.of(host + " is a Tor onion service");
        }
        if (name.endsWith(".i2p") || name.equals("i2p")) {
            return Optional.of(host + " is an I2P service");
        }
        return Optional.empty();
    }

    /** The IPv4 address inside an IPv4-mapped (::ffff:a.b.c.d) or IPv4-compatible (::a.b.c.d) address. */
    static InetAddress unwrap(InetAddress address) {
        if (!(address instanceof Inet6Address)) {
            return address;
        }
        byte[] bytes = address.getAddress();
        for (int i = 0; i < 10; i++) {
            if (bytes[i] != 0) {
                return address;
            }
        }
        boolean mapped = bytes[10] == (byte) 0xff && bytes[11] == (byte) 0xff;
        boolean compatible = bytes[10] == 0 && bytes[11] == 0;
        // ::/128 and ::1 are IPv6 addresses of their own, not IPv4-compatible ones.
        boolean tinyIpv6 = compatible && bytes[12] == 0 && bytes[13] == 0 && bytes[14] == 0 && (bytes[15] & 0xfe) == 0;
        if (!mapped && (!compatible || tinyIpv6)) {
            return address;
        }
        try {
            return InetAddress.getByAddress(new byte[]{bytes[12], bytes[13], bytes[14], bytes[15]});
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A CIDR block. */
    private record Range(byte[] network, int prefixLength, String name) {

        static Range of(String cidr, String name) {
            int slash = cidr.indexOf('/');
            try {
                byte[] network = InetAddress.getByName(cidr.substring(0, slash)).getAddress();
                return new Range(network, Integer.parseInt(cidr.substring(slash + 1)), name);
            } catch (UnknownHostException e) {
                throw new IllegalArgumentException(cidr, e);
            }
        }

        boolean contains(InetAddress address) {
            byte[] bytes = address.getAddress();
            if (bytes.length != network.length
                    || (address instanceof Inet4Address) != (network.length == 4)) {
                return false;
            }
            int full = prefixLength / 8;
            for (int i = 0; i < full; i++) {
                if (bytes[i] != network[i]) {
                    return false;
                }
            }
            int rest = prefixLength % 8;
            if (rest == 0) {
                return true;
            }
            int mask = (0xff << (8 - rest)) & 0xff;
            return (bytes[full] & mask) == (network[full] & mask);
        }
    }
}
