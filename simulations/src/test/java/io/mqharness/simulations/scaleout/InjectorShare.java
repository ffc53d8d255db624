package io.mqharness.simulations.scaleout;

/**
 * Which injector of a scaled-out run this JVM is: {@code count} Gatling JVMs ({@code mq.injectors})
 * run the same simulation against one service, this one is {@code index} ({@code mq.injectorIndex},
 * 0-based). Each takes its share of the load: 1/count of the arrival rate, of the closed model's
 * users, of the consumers and of the request cap; the first {@code total % count} injectors take
 * one more of what cannot be split evenly. With one injector (the default) every share is the
 * whole.
 *
 * @throws IllegalArgumentException from the constructor when {@code count < 1} or {@code index} is
 *     not within {@code 0 .. count-1}
 */
public record InjectorShare(int count, int index) {

  /** One injector: the whole run. */
  public static final InjectorShare WHOLE = new InjectorShare(1, 0);

  public InjectorShare {
    if (count < 1) {
      throw new IllegalArgumentException("mq.injectors must be at least 1: " + count);
    }
    if (index < 0 || index >= count) {
      throw new IllegalArgumentException(
          "mq.injectorIndex must be within 0.."
              + (count - 1)
              + " for "
              + count
              + " injectors: "
              + index);
    }
  }

  /** True when this injector runs only part of the run: its figures are partial until merged. */
  public boolean partial() {
    return count > 1;
  }

  /** This injector's share of an arrival rate (users/s): {@code total / count}. */
  public double rate(double total) {
    return total / count;
  }

  /**
   * This injector's share of {@code total} users (closed-model producers, consumers): {@code total
   * / count}, plus one for the first {@code total % count} injectors, so the shares add up to
   * {@code total}.
   *
   * @throws IllegalArgumentException when some injector's share would be no user at all ({@code
   *     total < count}); {@code key} names the setting in the message
   */
  public int users(String key, int total) {
    // Every injector refuses alike, not only those whose share would be none.
    if (total < count) {
      throw new IllegalArgumentException(
          key
              + "="
              + total
              + " cannot be shared by "
              + count
              + " injectors: give at least one per injector ("
              + key
              + " >= mq.injectors)");
    }
    return (int) split(total);
  }

  /** This injector's share of the request cap, split as {@link #users} splits users, at least 1. */
  public long requests(long total) {
    return Math.max(1, split(total));
  }

  /**
   * A prefix that keeps the harness's own message markers of different injectors apart: empty for
   * one injector.
   */
  public String marker() {
    return partial() ? "i" + index : "";
  }

  /** How a run states its share: {@code injector 1 of 2}. */
  public String describe() {
    return "injector " + index + " of " + count;
  }

  private long split(long total) {
    return total / count + (index < total % count ? 1 : 0);
  }
}
