package com.claimdesk.evidence;

import net.coobird.thumbnailator.Thumbnails;
import net.coobird.thumbnailator.filters.ImageFilter;
import net.coobird.thumbnailator.util.exif.ExifFilterUtils;
import net.coobird.thumbnailator.util.exif.ExifUtils;
import net.coobird.thumbnailator.util.exif.Orientation;
import org.springframework.stereotype.Component;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;

/**
 * Reads an image's size from its header without decoding it, and makes the preview and thumbnail. Both are new
 * JPEG files encoded from pixels only, so no EXIF survives (GPS position, camera serial, time); the EXIF orientation
 * is applied first so that a phone photo taken upright is shown upright.
 */
@Component
class ImageProcessor {

    private static final float JPEG_QUALITY = 0.85f;

    record Dimensions(int width, int height) {
        long pixels() {
            return (long) width * height;
        }
    }

    record Renditions(byte[] preview, byte[] thumbnail) {
    }

    ImageProcessor() {
        // ImageIO finds reader plugins (WebP) once per class loader; in the packaged jar that must be the
        // application's class loader, which is the context class loader while Spring creates this bean
        ImageIO.scanForPlugins();
    }

    /** The size the header states, or {@code null} when no reader understands the header. */
    Dimensions dimensions(Path file, String contentType) {
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            ImageReader reader = in == null ? null : readerFor(contentType);
            if (reader == null) {
                return null;
            }
            try {
                reader.setInput(in, true, true);
                return new Dimensions(reader.getWidth(0), reader.getHeight(0));
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            return null; // the caller refuses the file as unreadable
        }
    }

    /** Preview and thumbnail, both JPEG without metadata; fails when the image cannot be decoded (a CMYK JPEG, say). */
    Renditions render(Path file, String contentType, Dimensions size, int previewSize, int thumbnailSize)
            throws IOException {
        BufferedImage preview = decodeForPreview(file, contentType, size, previewSize);
        BufferedImage thumbnail = fit(preview, thumbnailSize, null);
        return new Renditions(jpeg(preview), jpeg(thumbnail));
    }

    private BufferedImage decodeForPreview(Path file, String contentType, Dimensions size, int previewSize)
            throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            ImageReader reader = readerFor(contentType);
            if (reader == null) {
                throw new IOException("No reader for " + contentType);
            }
            try {
                reader.setInput(in, true, false);
                Orientation orientation = "image/jpeg".equals(contentType) ? orientation(reader) : null;
                ImageReadParam param = reader.getDefaultReadParam();
                // skipping source pixels while decoding bounds the heap (a 50 MP photo is 200 MB decoded); keeping
                // at least twice the preview size leaves the smooth downscaling to Thumbnailator
                int step = Math.max(1, Math.max(size.width(), size.height()) / (2 * previewSize));
                param.setSourceSubsampling(step, step, 0, 0);
                BufferedImage decoded = reader.read(0, param);
                return fit(decoded, previewSize, orientation);
            } finally {
                reader.dispose();
            }
        }
    }

    private static Orientation orientation(ImageReader reader) {
        try {
            return ExifUtils.getExifOrientation(reader, 0);
        } catch (IOException | RuntimeException e) {
            return null; // a broken EXIF block only costs the rotation
        }
    }

    /** Scales down (never up) to fit a square box, turns by the EXIF orientation, and drops any alpha onto white. */
    private static BufferedImage fit(BufferedImage image, int box, Orientation orientation) throws IOException {
        var builder = Thumbnails.of(image);
        if (Math.max(image.getWidth(), image.getHeight()) > box) {
            builder.size(box, box);
        } else {
            builder.scale(1.0);
        }
        ImageFilter turn = orientation == null ? null : ExifFilterUtils.getFilterForOrientation(orientation);
        if (turn != null) {
            builder.addFilter(turn);
        }
        return onWhite(builder.asBufferedImage());
    }

    private static BufferedImage onWhite(BufferedImage image) {
        if (image.getType() == BufferedImage.TYPE_INT_RGB) {
            return image;
        }
        var rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = rgb.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, rgb.getWidth(), rgb.getHeight());
            g.drawImage(image, 0, 0, null);
        } finally {
            g.dispose();
        }
        return rgb;
    }

    private static byte[] jpeg(BufferedImage image) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ImageWriteParam param = writer.getDefaultWriteParam();
        param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
        param.setCompressionQuality(JPEG_QUALITY);
        var bytes = new ByteArrayOutputStream();
        try (var out = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(out);
            // no metadata given: the file gets a bare JFIF header and nothing of the original's EXIF
            writer.write(null, new IIOImage(image, null, null), param);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }

    private static ImageReader readerFor(String contentType) {
        Iterator<ImageReader> readers = ImageIO.getImageReadersByMIMEType(contentType);
        return readers.hasNext() ? readers.next() : null;
    }
}
