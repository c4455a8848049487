package com.claimdesk.evidence;

import com.claimdesk.complaint.ComplaintService;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.zip.CRC32;

/** Files made in the test, byte by byte where it matters, and a fresh case to put them on. */
public final class EvidenceSamples {

    /** Written into the EXIF of {@link #jpegWithExif}; must never appear in a preview or thumbnail. */
    public static final String EXIF_SECRET = "GPS-SECRET-31.2304N-121.4737E";

    private EvidenceSamples() {
    }

    /** Opens a case as the signed-in agent and returns its numeric id. */
    public static long openCase(ComplaintService complaints) {
        String number = com.claimdesk.TestCases.aCase().buyer("Evidence Buyer", "DE", "de").orderValue("120.00", "USD")
                .open(complaints);
        return complaints.get(number).id();
    }

    public static BufferedImage picture(int width, int height) {
        var image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.setColor(new Color(200, 80, 40));
        g.fillRect(0, 0, width, height);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, Math.max(1, width / 4), Math.max(1, height / 4)); // marks the top-left corner
        g.dispose();
        return image;
    }

    public static byte[] jpeg(BufferedImage image, float quality) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ImageWriteParam param = writer.getDefaultWriteParam();
        param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
        param.setCompressionQuality(quality);
        var bytes = new ByteArrayOutputStream();
        try (var out = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(out);
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }

    public static byte[] jpeg(int width, int height) {
        return jpeg(picture(width, height), 0.9f);
    }

    /** A random-noise photo, which JPEG cannot compress much: the way to a big file with few pixels. */
    public static byte[] noisyJpeg(int width, int height, float quality, long seed) {
        var image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        var random = new Random(seed);
        int[] row = new int[width];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                row[x] = random.nextInt(0x1000000);
            }
            image.setRGB(0, y, width, 1, row, 0, width);
        }
        return jpeg(image, quality);
    }

    /**
     * A JPEG as phones write them: an EXIF block (APP1) with an orientation, a GPS position and a description that
     * holds {@link #EXIF_SECRET}, right after the JFIF header.
     */
    public static byte[] jpegWithExif(int width, int height, int orientation) {
        byte[] plain = jpeg(width, height);
        byte[] exif = exif(orientation);
        int app0Length = ((plain[4] & 0xff) << 8) | (plain[5] & 0xff);
        int insertAt = 4 + app0Length; // after SOI (2) and the APP0 marker (2) with its payload
        var out = new ByteArrayOutputStream();
        out.write(plain, 0, insertAt);
        out.write(0xFF);
        out.write(0xE1);
        int length = exif.length + 2;
        out.write(length >> 8);
        out.write(length & 0xff);
        out.writeBytes(exif);
        out.write(plain, insertAt, plain.length - insertAt);
        return out.toByteArray();
    }

    private static byte[] exif(int orientation) {
        byte[] secret = (EXIF_SECRET + "\0").getBytes(StandardCharsets.US_ASCII);
        // TIFF, little endian. IFD0 at 8 with 3 entries, GPS IFD after it with 3 entries, then the data they point to
        int ifd0 = 8;
        int gpsIfd = ifd0 + 2 + 3 * 12 + 4;
        int descriptionAt = gpsIfd + 2 + 3 * 12 + 4;
        int latitudeAt = descriptionAt + secret.length;
        ByteBuffer b = ByteBuffer.allocate(6 + latitudeAt + 24).order(ByteOrder.LITTLE_ENDIAN);
        b.put("Exif\0\0".getBytes(StandardCharsets.US_ASCII));
        b.put((byte) 'I').put((byte) 'I').putShort((short) 42).putInt(ifd0);
        b.putShort((short) 3);
        entry(b, 0x010E, 2, secret.length, descriptionAt);           // ImageDescription
        b.putShort((short) 0x0112).putShort((short) 3).putInt(1)     // Orientation
                .putShort((short) orientation).putShort((short) 0);
        entry(b, 0x8825, 4, 1, gpsIfd);                              // pointer to the GPS IFD
        b.putInt(0);
        b.putShort((short) 3);
        b.putShort((short) 0x0001).putShort((short) 2).putInt(2).put((byte) 'N').put((byte) 0).putShort((short) 0);
        entry(b, 0x0002, 5, 3, latitudeAt);                          // GPSLatitude
        b.putShort((short) 0x0003).putShort((short) 2).putInt(2).put((byte) 'E').put((byte) 0).putShort((short) 0);
        b.putInt(0);
        b.put(secret);
        b.putInt(31).putInt(1).putInt(13).putInt(1).putInt(49).putInt(1);
        return b.array();
    }

    private static void entry(ByteBuffer b, int tag, int type, int count, int offset) {
        b.putShort((short) tag).putShort((short) type).putInt(count).putInt(offset);
    }

    public static byte[] png(BufferedImage image) {
        var bytes = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    public static byte[] png(int width, int height) {
        return png(picture(width, height));
    }

    /** The signature and an IHDR chunk claiming the given size, and nothing to decode: a pixel bomb's header. */
    public static byte[] pngHeaderOnly(int width, int height) {
        var out = new ByteArrayOutputStream();
        out.writeBytes(HexFormat.of().parseHex("89504e470d0a1a0a"));
        var chunk = new ByteArrayOutputStream();
        try (var d = new DataOutputStream(chunk)) {
            d.writeBytes("IHDR");
            d.writeInt(width);
            d.writeInt(height);
            d.write(new byte[]{8, 2, 0, 0, 0});
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        byte[] ihdr = chunk.toByteArray();
        var crc = new CRC32();
        crc.update(ihdr);
        var tail = ByteBuffer.allocate(4 + ihdr.length + 4);
        tail.putInt(13).put(ihdr).putInt((int) crc.getValue());
        out.writeBytes(tail.array());
        return out.toByteArray();
    }

    /** A 1 × 1 lossless WebP (the image browsers' feature tests use). */
    public static byte[] webp() {
        return Base64.getDecoder().decode("UklGRhoAAABXRUJQVlA4TA0AAAAvAAAAEAcQERGIiP4HAA==");
    }

    /** The start of an ISO media file: an {@code ftyp} box with the major brand, then an empty media data box. */
    public static byte[] mp4(String brand) {
        var b = ByteBuffer.allocate(24 + 8 + 16);
        b.putInt(24).put("ftyp".getBytes(StandardCharsets.US_ASCII)).put(brand.getBytes(StandardCharsets.US_ASCII))
                .putInt(0x200).put("isommp41".getBytes(StandardCharsets.US_ASCII));
        b.putInt(8).put("free".getBytes(StandardCharsets.US_ASCII));
        b.putInt(16).put("mdat".getBytes(StandardCharsets.US_ASCII)).putLong(0x1234_5678_9abc_def0L);
        return b.array();
    }

    public static byte[] pdf() {
        return """
                %PDF-1.4
                1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj
                2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj
                trailer << /Root 1 0 R >>
                %%EOF
                """.getBytes(StandardCharsets.US_ASCII);
    }

    public static byte[] html() {
        return "<!DOCTYPE html><html><body><script>alert(document.cookie)</script></body></html>"
                .getBytes(StandardCharsets.UTF_8);
    }

    /** The start of a Windows program: "MZ", and at 0x3C the offset of the "PE" header. */
    public static byte[] exe() {
        byte[] b = new byte[256];
        b[0] = 'M';
        b[1] = 'Z';
        b[0x3C] = (byte) 0x80;
        b[0x80] = 'P';
        b[0x81] = 'E';
        return b;
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The markers of a JPEG's segments up to the image data (0xE1 = APP1, where EXIF lives). */
    public static List<Integer> jpegMarkers(byte[] jpeg) {
        var markers = new ArrayList<Integer>();
        int i = 2;
        while (i + 4 <= jpeg.length && (jpeg[i] & 0xff) == 0xFF) {
            int marker = jpeg[i + 1] & 0xff;
            markers.add(marker);
            if (marker == 0xDA) {
                break;
            }
            int length = ((jpeg[i + 2] & 0xff) << 8) | (jpeg[i + 3] & 0xff);
            i += 2 + length;
        }
        return markers;
    }

    public static boolean contains(byte[] haystack, String needle) {
        return new String(haystack, StandardCharsets.ISO_8859_1).contains(needle);
    }
}
