package kz.onelink.sdk.internal.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import okio.Buffer;
import okio.BufferedSource;
import okio.Okio;
import okio.Source;
import okio.Timeout;
import org.junit.jupiter.api.Test;

class Utf8ReaderTest {
  private static final String TEXT =
      "{\"client_name\":\"Айгерим Сеитова\",\"note\":\"Ω ✓ 😀 𝄞 ok\",\"n\":15000}";

  @Test
  void decodesLikeTheJdkWhateverTheReadAndChunkSizes() throws IOException {
    Random random = new Random(7);
    StringBuilder big = new StringBuilder();
    for (int i = 0; i < 2000; i++) {
      big.append(TEXT);
    }
    String expected = big.toString();
    for (int trial = 0; trial < 50; trial++) {
      int chunk = 1 + random.nextInt(9000);
      int readSize = 1 + random.nextInt(3000);
      assertThat(
              readAll(
                  new Utf8Reader(trickle(expected.getBytes(StandardCharsets.UTF_8), chunk)),
                  readSize))
          .as("chunk %d, read %d", chunk, readSize)
          .isEqualTo(expected);
    }
  }

  @Test
  void aSurrogatePairSplitAcrossReadsSurvives() throws IOException {
    Reader reader = new Utf8Reader(new Buffer().writeUtf8("a😀b"));

    assertThat(readAll(reader, 1)).isEqualTo("a😀b");
  }

  @Test
  void malformedBytesBecomeReplacementCharactersAsWithTheJdk() throws IOException {
    byte[] bytes = {'a', (byte) 0xc3, '(', 'b', (byte) 0xff, 'c'};

    String ours = readAll(new Utf8Reader(new Buffer().write(bytes)), 64);
    String jdk =
        readAll(
            new InputStreamReader(new Buffer().write(bytes).inputStream(), StandardCharsets.UTF_8),
            64);

    assertThat(ours).isEqualTo("a\ufffd(b\ufffdc").isEqualTo(jdk);
  }

  @Test
  void anyBytesDecodeAsOkioDecodesThemWhateverTheSegmentBoundaries() throws IOException {
    // Valid and broken sequences of every length: bad continuations, overlong forms, encoded
    // surrogates, stray continuation bytes. The fast path must agree with okio's decoder.
    byte[][] pieces = {
      {'a'},
      {'"'},
      {(byte) 0xd0, (byte) 0x90},
      {(byte) 0xc2, (byte) 0xa9},
      {(byte) 0xe2, (byte) 0x9c, (byte) 0x93},
      {(byte) 0xf0, (byte) 0x9f, (byte) 0x98, (byte) 0x80},
      {(byte) 0xc0, (byte) 0x80},
      {(byte) 0xc1, (byte) 0xbf},
      {(byte) 0xe0, (byte) 0x80, (byte) 0xaf},
      {(byte) 0xed, (byte) 0xa0, (byte) 0x80},
      {(byte) 0x80},
      {(byte) 0xbf},
      {(byte) 0xd0, 'x'},
      {(byte) 0xe2, (byte) 0x9c, 'y'},
      {(byte) 0xff},
      {(byte) 0xf8, (byte) 0x88},
    };
    Random random = new Random(11);
    for (int trial = 0; trial < 300; trial++) {
      Buffer bytes = new Buffer();
      for (int i = 0, n = random.nextInt(4000); i < n; i++) {
        bytes.write(pieces[random.nextInt(pieces.length)]);
      }
      bytes.writeByte('z'); // nothing cut at the very end
      byte[] input = bytes.readByteArray();
      StringBuilder okio = new StringBuilder();
      for (Buffer all = new Buffer().write(input); !all.exhausted(); ) {
        okio.appendCodePoint(all.readUtf8CodePoint());
      }
      int chunk = 1 + random.nextInt(20000);
      int readSize = 1 + random.nextInt(3000);

      assertThat(readAll(new Utf8Reader(trickle(input, chunk)), readSize))
          .as("trial %d, chunk %d, read %d", trial, chunk, readSize)
          .isEqualTo(okio.toString());
    }
  }

  /**
   * The fast path decodes every valid character of one to three bytes at the head of a segment and
   * stops exactly before the first one it leaves to okio: a four-byte character, a malformed or
   * overlong sequence, an encoded surrogate, or a character the segment's end cuts. Each value at
   * the edge of a range is among the pieces.
   */
  @Test
  void theFastPathTakesEveryValidCharacterAndStopsAtTheFirstItLeaves() throws IOException {
    String[] valid = {
      "a", "\u007f", "\u0080", "Й", "\u07ff", "\u0800", "✓", "\ud7ff", "\ue000", "\uffff"
    };
    byte[][] stoppers = {
      "😀".getBytes(StandardCharsets.UTF_8),
      {(byte) 0xc1, (byte) 0xbf}, // overlong '?'
      {(byte) 0xc0, (byte) 0x80},
      {(byte) 0xd0, 'x'}, // bad continuation of a two-byte character
      {(byte) 0xd0, (byte) 0xc0},
      {(byte) 0xe0, (byte) 0x9f, (byte) 0xbf}, // overlong U+07FF
      {(byte) 0xed, (byte) 0xa0, (byte) 0x80}, // U+D800, a surrogate
      {(byte) 0xed, (byte) 0xbf, (byte) 0xbf}, // U+DFFF
      {(byte) 0xe2, 'x', (byte) 0x93},
      {(byte) 0xe2, (byte) 0x9c, 'y'},
      {(byte) 0xe2, (byte) 0xdc, (byte) 0x93},
      {(byte) 0xe2, (byte) 0x9c, (byte) 0xd3},
      {(byte) 0x80},
      {(byte) 0xff},
    };
    Random random = new Random(3);
    for (int trial = 0; trial < 400; trial++) {
      StringBuilder head = new StringBuilder();
      for (int i = 0, n = random.nextInt(60); i < n; i++) {
        head.append(valid[random.nextInt(valid.length)]);
      }
      byte[] headBytes = head.toString().getBytes(StandardCharsets.UTF_8);
      byte[] stopper = stoppers[random.nextInt(stoppers.length)];
      Buffer buffer = new Buffer().write(headBytes).write(stopper).writeUtf8("tail");
      char[] out = new char[head.length() + 8];

      int written = new Utf8Reader(buffer).decodeHeadSegment(buffer, out, 0, out.length);

      assertThat(new String(out, 0, written)).as("trial %d", trial).isEqualTo(head.toString());
      assertThat(buffer.readByteArray(stopper.length)).isEqualTo(stopper);
    }
  }

  @Test
  void theFastPathWritesNoMoreThanAskedAndLeavesACharacterTheSegmentEndCuts() throws IOException {
    Buffer buffer = new Buffer().writeUtf8("аб✓c");
    char[] out = new char[8];

    assertThat(new Utf8Reader(buffer).decodeHeadSegment(buffer, out, 1, 2)).isEqualTo(2);
    assertThat(new String(out, 1, 2)).isEqualTo("аб");
    assertThat(buffer.readUtf8()).isEqualTo("✓c");

    for (byte[] cut : new byte[][] {{(byte) 0xd0}, {(byte) 0xe2, (byte) 0x9c}}) {
      Buffer end = new Buffer().writeUtf8("ok").write(cut);
      assertThat(new Utf8Reader(end).decodeHeadSegment(end, out, 0, out.length)).isEqualTo(2);
      assertThat(end.readByteArray()).isEqualTo(cut);
    }
  }

  @Test
  void aReadOfNothingReturnsNothingEvenWithHalfASurrogatePairPending() throws IOException {
    Reader reader = new Utf8Reader(new Buffer().writeUtf8("😀!"));
    char[] out = new char[2];

    assertThat(reader.read(out, 0, 1)).isEqualTo(1);
    assertThat(reader.read(out, 2, 0)).isZero();
    assertThat(reader.read(out, 1, 1)).isEqualTo(1);
    assertThat(new String(out)).isEqualTo("😀");
    assertThat(reader.read(out, 0, 2)).isEqualTo(1);
    assertThat(out[0]).isEqualTo('!');
    assertThat(reader.read(out, 0, 2)).isEqualTo(-1);
  }

  @Test
  void aSequenceCutByTheEndOfTheBodyIsAnError() {
    byte[] cut = {'a', (byte) 0xd0}; // the first byte of a Cyrillic letter, then nothing

    assertThatThrownBy(() -> readAll(new Utf8Reader(new Buffer().write(cut)), 64))
        .isInstanceOf(EOFException.class);
  }

  private static String readAll(Reader reader, int readSize) throws IOException {
    StringBuilder out = new StringBuilder();
    char[] chars = new char[readSize];
    for (int n; (n = reader.read(chars, 0, readSize)) != -1; ) {
      assertThat(n).isPositive();
      out.append(chars, 0, n);
    }
    return out.toString();
  }

  /** A source that hands over at most {@code chunk} bytes per read, like a slow network. */
  private static BufferedSource trickle(byte[] bytes, int chunk) {
    Buffer all = new Buffer().write(bytes);
    return Okio.buffer(
        new Source() {
          @Override
          public long read(Buffer sink, long byteCount) throws IOException {
            if (all.size() == 0) {
              return -1;
            }
            long n = Math.min(Math.min(byteCount, chunk), all.size());
            sink.write(all, n);
            return n;
          }

          @Override
          public Timeout timeout() {
            return Timeout.NONE;
          }

          @Override
          public void close() {}
        });
  }
}
