package dev.omnichannel.core.testing;

import dev.omnichannel.core.Sleeper;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;

/** A sleeper that records each requested wait and returns at once. Test helper. */
public final class FakeSleeper implements Sleeper {
  private final List<Duration> sleeps = new CopyOnWriteArrayList<>();

  @Override
  public void sleep(Duration duration) {
    sleeps.add(duration);
  }

  @Override
  public Executor after(Duration duration) {
    sleeps.add(duration);
    return Runnable::run;
  }

  /** @return every wait requested so far, in order */
  public List<Duration> sleeps() {
    return List.copyOf(sleeps);
  }
}
