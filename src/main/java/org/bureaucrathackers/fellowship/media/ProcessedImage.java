package org.bureaucrathackers.fellowship.media;

/**
 * An upload after re-encoding: the stored image (no metadata left), its preview (JPEG, at most
 * {@link ImageProcessor#PREVIEW_SIDE} on its longer side) and the BlurHash of the preview.
 */
public record ProcessedImage(byte[] image, MediaFormat format, int width, int height,
                             byte[] preview, int previewWidth, int previewHeight, String blurhash) {
}
