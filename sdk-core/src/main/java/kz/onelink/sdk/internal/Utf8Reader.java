package kz.onelink.sdk.internal;

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
      count += readAscii(buffer, out, offset + count, length - count);
      if (count == length || buffer.size() == 0) {
        continue;
      }
      byte lead = buffer.getByte(0);
      if (lead >= 0) {
        continue; // more ASCII, in the next segment
      }
      int bytes = (lead & 0xe0) == 0xc0 ? 2 : (lead & 0xf0) == 0xe0 ? 3 : (lead & 0xf8) == 0xf0 ? 4 : 1;
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

  private boolean request(long bytes) throws IOException {
    try {
      return source.request(bytes);
    } catch (IOException e) {
      networkFailure = e;
      throw e;
    }
  }

  /** Copies the ASCII run at the head of the buffer's first segment; returns the chars written. */
  private int readAscii(Buffer buffer, char[] out, int offset, int length) {
    int copied;
    buffer.readUnsafe(cursor);
    try {
      cursor.seek(0);
      byte[] data = cursor.data;
      int start = cursor.start;
      int end = Math.min(cursor.end, start + length);
      int i = start;
      while (i < end && data[i] >= 0) {
        out[offset++] = (char) data[i++];
      }
      copied = i - start;
    } finally {
      cursor.close();
    }
    if (copied > 0) {
      try {
        buffer.skip(copied);
      } catch (java.io.EOFException impossible) {
        throw new AssertionError(impossible);
      }
    }
    return copied;
  }

  @Override
  public void close() throws IOException {
    source.close();
  }
}
