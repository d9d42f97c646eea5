package dev.omnichannel.core;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;

/**
 * Waits between retries. Injectable so tests never sleep for real: a fake records the requested
 * durations and returns at once.
 */
public interface Sleeper {

  /**
   * Blocks the calling thread for the duration (synchronous calls).
   *
   * @param duration how long to wait
   * @throws InterruptedException when the thread is interrupted while waiting
   */
  void sleep(Duration duration) throws InterruptedException;

  /**
   * An executor that runs tasks after the duration without blocking a thread (async calls).
   *
   * @param duration how long to wait before running
   * @return the delayed executor
   */
  default Executor after(Duration duration) {
    return CompletableFuture.delayedExecutor(duration.toNanos(), TimeUnit.NANOSECONDS);
  }

  /**
   * The real sleeper: {@link Thread#sleep(long)} and {@link CompletableFuture#delayedExecutor}.
   *
   * @return the system sleeper
   */
  static Sleeper system() {
    return duration -> Thread.sleep(duration.toMillis());
  }
}
