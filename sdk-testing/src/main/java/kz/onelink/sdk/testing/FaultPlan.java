package kz.onelink.sdk.testing;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Random;
import org.jspecify.annotations.Nullable;

/** Which fault, if any, the next request gets: queued ones first, then random ones. */
final class FaultPlan {
  private final Deque<Fault> queued = new ArrayDeque<>();
  private double probability;
  private @Nullable Random random;
  private Fault[] choices = new Fault[0];

  synchronized void queue(int times, Fault fault) {
    for (int i = 0; i < times; i++) {
      queued.add(fault);
    }
  }

  synchronized void random(double probability, long seed, Fault[] choices) {
    this.probability = probability;
    this.random = new Random(seed);
    this.choices = choices.clone();
  }

  synchronized void clear() {
    queued.clear();
    random = null;
    choices = new Fault[0];
  }

  synchronized @Nullable Fault next() {
    if (!queued.isEmpty()) {
      return queued.poll();
    }
    if (random != null && choices.length > 0 && random.nextDouble() < probability) {
      return choices[random.nextInt(choices.length)];
    }
    return null;
  }
}
