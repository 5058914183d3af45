package org.bureaucrathackers.fellowship.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * Speaks HTTP/1.1 over a plain socket, for requests no well-behaved client sends: a body larger than the
 * server allows is only declared, never written, so the server's early refusal can be read reliably.
 */
public final class RawHttp {

    private static final int TIMEOUT_MILLIS = 20_000;
    private static final int MAX_RESPONSE = 64 * 1024;

    private RawHttp() {
    }

    /** The response (status line, headers and whatever body arrived) as text. */
    public static String postDeclaringLength(int port, String path, String contentType, long declaredLength) {
        return declaringLength(port, "POST", path, contentType, declaredLength, null);
    }

    /** The same for any method, with a bearer token when {@code token} is not null. */
    public static String declaringLength(int port, String method, String path, String contentType,
                                         long declaredLength, String token) {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            socket.setSoTimeout(TIMEOUT_MILLIS);
            OutputStream out = socket.getOutputStream();
            String head = method + " " + path + " HTTP/1.1\r\nHost: localhost:" + port + "\r\n"
                    + (token == null ? "" : "Authorization: Bearer " + token + "\r\n")
                    + "Content-Type: " + contentType + "\r\nAccept: application/json\r\n"
                    + "Content-Length: " + declaredLength + "\r\nConnection: close\r\n\r\n";
            out.write(head.getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            byte[] buffer = in.readNBytes(MAX_RESPONSE);
            return new String(buffer, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static int status(String response) {
        String[] statusLine = response.split("\r\n", 2)[0].split(" ");
        return statusLine.length > 1 ? Integer.parseInt(statusLine[1]) : -1;
    }
}
