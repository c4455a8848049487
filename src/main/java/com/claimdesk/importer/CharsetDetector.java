package com.claimdesk.importer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Tells UTF-8 from GBK: a UTF-8 byte order mark, or a file that is valid UTF-8 from end to end, is UTF-8; anything
 * else is GBK. Valid UTF-8 is very unlikely by chance for Chinese text in GBK (its two-byte sequences rarely form
 * UTF-8's patterns), and plain ASCII reads the same either way. One streaming pass, constant memory.
 */
final class CharsetDetector {

    private CharsetDetector() {
    }

    static FileEncoding detect(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(3);
            if (head.length == 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
                return FileEncoding.UTF_8;
            }
            CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
            ByteBuffer bytes = ByteBuffer.allocate(64 * 1024);
            CharBuffer chars = CharBuffer.allocate(64 * 1024);
            bytes.put(head);
            boolean end = false;
            while (!end) {
                byte[] chunk = in.readNBytes(bytes.remaining());
                end = chunk.length == 0;
                bytes.put(chunk);
                bytes.flip();
                CoderResult result = decoder.decode(bytes, chars, end);
                if (result.isError()) {
                    return FileEncoding.GBK;
                }
                chars.clear();
                bytes.compact();
            }
            CoderResult flushed = decoder.flush(chars);
            if (flushed.isError() || bytes.position() > 0) {
                return FileEncoding.GBK; // a multi-byte sequence cut off at the end
            }
            return FileEncoding.UTF_8;
        } catch (CharacterCodingException e) {
            return FileEncoding.GBK;
        }
    }
}
