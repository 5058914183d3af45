package org.bureaucrathackers.fellowship.fetch;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;

/** Turns a host name into addresses. Tests map names to addresses of their choosing. */
@FunctionalInterface
public interface HostResolver {

    /** The system resolver; literal addresses are returned without a lookup. */
    HostResolver SYSTEM = host -> List.of(InetAddress.getAllByName(host));

    List<InetAddress> resolve(String host) throws UnknownHostException;
}
