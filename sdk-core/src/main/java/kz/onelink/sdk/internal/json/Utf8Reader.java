package kz.onelink.sdk.internal.json;

import java.io.IOException;
import java.io.Reader;
import okio.Buffer;
import okio.BufferedSource;
import org.jspecify.annotations.Nullable;

/**
 * Decodes UTF-8 straight from okio's segments into the caller's array. An InputStreamReader would
 * allocate an 8 KiB byte buffer (and a decoder) per response and copy every byte once more; on
 * Android that is garbage on every call. Malformed bytes become U+FFFD, as with InputStreamReader.
 *
 * <p>Only {@code source.request()} touches the network, so an IOException from it is remembered as
 * {@link #networkFailure()}: the converter can then tell a cut connection from bad JSON.
 */
final class Utf8Reader extends Reader {
  private final BufferedSource source;
  private @Nullable IOException networkFailure;
  private boolean reachedEnd;
  private final Buffer.UnsafeCursor cursor = new Buffer.UnsafeCursor();

  /** The low half of a surrogate pair that did not fit in the last read. */
  private int pendingLowSurrogate = -1;

  Utf8Reader(BufferedSource source) {
    this.source = source;
  }

  @Override
  public int read(char[] out, int offset, int length) throws IOException {
    if (length <= 0) {
      return 0;
    }
    int count = 0;
    if (pendingLowSurrogate >= 0) {
      out[offset] = (char) pendingLowSurrogate;
      pendingLowSurrogate = -1;
      count = 1;
    }
    Buffer buffer = source.getBuffer();
    while (count < length) {
      if (buffer.size() == 0) {
        // Return what was decoded rather than block for more.
        if (count > 0 || !request(1)) {
          break;
        }
      }
      int decoded = decodeHeadSegment(buffer, out, offset + count, length - count);
      count += decoded;
      if (decoded > 0 || count == length || buffer.size() == 0) {
        continue; // the next segment may decode fast too
      }
      // One character the fast path left: okio reads it across segments or replaces bad bytes.
      byte lead = buffer.getByte(0);
      int bytes =
          (lead & 0xe0) == 0xc0 ? 2 : (lead & 0xf0) == 0xe0 ? 3 : (lead & 0xf8) == 0xf0 ? 4 : 1;
      if (buffer.size() < bytes) {
        if (count > 0) {
          break; // the rest of the character may still be on the way: decode it next time
        }
        request(bytes); // at the end of the stream a cut sequence is an EOFException below
      }
      int codePoint = buffer.readUtf8CodePoint();
      if (codePoint < 0x10000) {
        out[offset + count++] = (char) codePoint;
      } else {
        out[offset + count++] = Character.highSurrogate(codePoint);
        char low = Character.lowSurrogate(codePoint);
        if (count < length) {
          out[offset + count++] = low;
        } else {
          pendingLowSurrogate = low;
        }
      }
    }
    return count == 0 && length > 0 ? -1 : count;
  }

  /** The IOException the network threw while this reader read, if any. */
  @Nullable IOException networkFailure() {
    return networkFailure;
  }

  /** True once the source had no more bytes when this reader asked for them. */
  boolean reachedEnd() {
    return reachedEnd;
  }

  private boolean request(long bytes) throws IOException {
    boolean available;
    try {
      available = source.request(bytes);
    } catch (IOException e) {
      networkFailure = e;
      throw e;
    }
    if (!available) {
      reachedEnd = true;
    }
    return available;
  }

  /**
   * Decodes the whole characters at the head of the buffer's first segment, without copying, and
   * returns the chars written. It stops short of what it leaves to okio's decoder: a character cut
   * by the end of the segment, four-byte characters (surrogate pairs) and malformed bytes.
   * Package-private for {@code Utf8ReaderTest}, which holds it to exactly that: a check that gave
   * up too early would only cost speed, and no other test could tell.
   */
  int decodeHeadSegment(Buffer buffer, char[] out, int offset, int length) {
    int consumed;
    int written;
    buffer.readUnsafe(cursor);
    try {
      cursor.seek(0);
      byte[] data = cursor.data;
      int start = cursor.start;
      int end = cursor.end;
      int i = start;
      int o = offset;
      int limit = offset + length;
      while (i < end && o < limit) {
        int b0 = data[i];
        if (b0 >= 0) {
          out[o++] = (char) b0;
          i++;
        } else if ((b0 & 0xe0) == 0xc0 && i + 1 < end) {
          int b1 = data[i + 1];
          if ((b1 & 0xc0) != 0x80 || (b0 & 0x1e) == 0) {
            break; // a bad continuation, or an overlong form of ASCII
          }
          out[o++] = (char) ((b0 & 0x1f) << 6 | b1 & 0x3f);
          i += 2;
        } else if ((b0 & 0xf0) == 0xe0 && i + 2 < end) {
          int b1 = data[i + 1];
          int b2 = data[i + 2];
          int c = (b0 & 0x0f) << 12 | (b1 & 0x3f) << 6 | b2 & 0x3f;
          if ((b1 & 0xc0) != 0x80
              || (b2 & 0xc0) != 0x80
              || c < 0x800
              || c >= 0xd800 && c <= 0xdfff) {
            break; // a bad continuation, an overlong form or an encoded surrogate
          }
          out[o++] = (char) c;
          i += 3;
        } else {
          break;
        }
      }
      consumed = i - start;
      written = o - offset;
    } finally {
      cursor.close();
    }
    if (consumed > 0) {
      try {
        buffer.skip(consumed);
      } catch (java.io.EOFException impossible) {
        throw new AssertionError(impossible);
      }
    }
    return written;
  }

  @Override
  public void close() throws IOException {
    source.close();
  }
}
