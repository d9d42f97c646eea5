package dev.omnichannel.examples;

import java.io.PrintStream;

/** Prints a short, readable account of what an example did. */
public final class Transcript {
  private final PrintStream out;
  private int step;

  /**
   * Writes to the given stream.
   *
   * @param out the stream, usually {@code System.out}
   */
  public Transcript(PrintStream out) {
    this.out = out;
  }

  /**
   * Starts an example's section.
   *
   * @param title the example's title
   */
  public void section(String title) {
    step = 0;
    out.println();
    out.println("== " + title);
  }

  /**
   * Records one numbered step.
   *
   * @param text what happened
   */
  public void step(String text) {
    out.printf("  %d. %s%n", ++step, text);
  }

  /**
   * Records a detail under the last step.
   *
   * @param text the detail
   */
  public void detail(String text) {
    out.println("     " + text);
  }
}
