package org.bureaucrathackers.fellowship.mastodon.entities;

import io.javalin.http.Context;
import io.javalin.router.JavalinDefaultRoutingApi;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;
import org.bureaucrathackers.fellowship.http.Routes;

/**
 * The avatar and header shown for accounts without their own: clients expect a real image at every
 * {@code avatar} and {@code header} URL. Drawn once at start-up, served with a long cache lifetime.
 */
public final class DefaultImages implements Routes {

    public static final String AVATAR_PATH = "/images/default-avatar.png";
    public static final String HEADER_PATH = "/images/default-header.png";

    private final byte[] avatar = draw(400, 400, true);
    private final byte[] header = draw(1500, 500, false);

    @Override
    public void register(JavalinDefaultRoutingApi routes) {
        routes.get(AVATAR_PATH, ctx -> png(ctx, avatar));
        routes.get(HEADER_PATH, ctx -> png(ctx, header));
    }

    private static void png(Context ctx, byte[] image) {
        ctx.header("Cache-Control", "public, max-age=604800");
        ctx.contentType("image/png");
        ctx.result(image);
    }

    /** A plain field in the programme's colours; the avatar carries a simple head-and-shoulders figure. */
    private static byte[] draw(int width, int height, boolean figure) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setColor(new Color(0x2B, 0x4C, 0x6F));
            g.fillRect(0, 0, width, height);
            if (figure) {
                g.setColor(new Color(0xD9, 0xE2, 0xEC));
                int head = width / 3;
                g.fillOval((width - head) / 2, height / 5, head, head);
                g.fillOval(width / 6, height * 3 / 5, width * 2 / 3, height * 2 / 3);
            }
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
