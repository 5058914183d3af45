package org.bureaucrathackers.fellowship.media;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class BlurhashTest {

    @Test
    void the_reference_picture_hashes_as_the_blurhash_readme_says() throws IOException {
        BufferedImage picture;
        try (InputStream in = getClass().getResourceAsStream("/fixtures/media/blurhash-pic1.png")) {
            picture = ImageIO.read(in);
        }
        assertEquals("LaJHjmVu8_~po#smR+a~xaoLWCRj", Blurhash.encode(picture));
    }

    @Test
    void a_black_image_has_only_a_black_mean_and_empty_components() {
        BufferedImage black = new BufferedImage(32, 24, BufferedImage.TYPE_INT_RGB);
        assertEquals("L00000fQfQfQfQfQfQfQfQfQfQfQ", Blurhash.encode(black));
    }

    @Test
    void a_single_component_hash_is_the_mean_colour() {
        int[] white = new int[16];
        java.util.Arrays.fill(white, 0xffffff);
        assertEquals("00TSUA", Blurhash.encode(white, 4, 4, 1, 1));
    }

    @Test
    void well_formed_hashes_are_told_from_junk() {
        assertTrue(Blurhash.isWellFormed("LaJHjmVu8_~po#smR+a~xaoLWCRj"));
        assertFalse(Blurhash.isWellFormed("LaJHjmVu8_~po#smR+a~xaoLWCR"));
        assertFalse(Blurhash.isWellFormed("<script>alert(1)</script>"));
        assertFalse(Blurhash.isWellFormed(null));
    }
}
