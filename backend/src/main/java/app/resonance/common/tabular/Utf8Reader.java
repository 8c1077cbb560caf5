package app.resonance.common.tabular;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.StandardCharsets;

/**
 * UTF-8 text that hands out every character before the first byte that is not UTF-8 and fails only
 * when that byte is asked for, so that the CSV parser meets it in the record that holds it. (An
 * InputStreamReader fails as soon as the bad byte is in its buffer, up to 8 KB early, dropping the
 * good text before it: the problem would be reported lines before the bad byte.)
 */
final class Utf8Reader extends Reader {

    private final InputStream in;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder(); // reports bad bytes
    private final ByteBuffer bytes = ByteBuffer.allocate(8192).flip();
    private boolean endOfInput;
    private CoderResult error;

    Utf8Reader(InputStream in) {
        this.in = in;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        CharBuffer out = CharBuffer.wrap(buffer, offset, length);
        while (out.position() == offset && error == null && length > 0) {
            CoderResult result = decoder.decode(bytes, out, endOfInput);
            if (result.isError()) {
                error = result;
            } else if (result.isUnderflow()) {
                if (endOfInput) {
                    break;
                }
                fill();
            }
        }
        int read = out.position() - offset;
        if (read == 0 && error != null) {
            error.throwException();
        }
        return read == 0 && endOfInput && length > 0 ? -1 : read;
    }

    private void fill() throws IOException {
        bytes.compact();
        int n = in.read(bytes.array(), bytes.arrayOffset() + bytes.position(), bytes.remaining());
        if (n < 0) {
            endOfInput = true;
        } else {
            bytes.position(bytes.position() + n);
        }
        bytes.flip();
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
