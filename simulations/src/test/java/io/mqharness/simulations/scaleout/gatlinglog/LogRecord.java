package io.mqharness.simulations.scaleout.gatlinglog;

import java.util.List;

/**
 * The records of Gatling 3.15's binary {@code simulation.log} (gatling-core's {@code
 * LogFileDataWriter}, read back by gatling-charts' {@code LogFileReader}), with absolute timestamps
 * in epoch milliseconds where the file holds offsets from the run's start. {@link #eventTime()} is
 * when Gatling wrote the record (a request's, a group's end), the order in which one file holds
 * them.
 */
public sealed interface LogRecord {
  /** Header bytes of each record kind in the file. */
  byte RUN = 0;

  byte REQUEST = 1;
  byte USER = 2;
  byte GROUP = 3;
  byte ERROR = 4;

  /** Epoch milliseconds of the event the record was written for. */
  long eventTime();

  /**
   * The first record: Gatling's version, the simulation's class, the run's start (epoch ms), its
   * description, the scenarios (a user record names one by its index here) and the assertions (each
   * as Gatling pickled it).
   */
  record Run(
      RawString gatlingVersion,
      RawString simulationClassName,
      long start,
      RawString runDescription,
      List<RawString> scenarios,
      List<byte[]> assertions)
      implements LogRecord {
    @Override
    public long eventTime() {
      return start;
    }
  }

  /** A virtual user of {@code scenario} starting ({@code start}) or ending. */
  record User(RawString scenario, boolean start, long timestamp) implements LogRecord {
    @Override
    public long eventTime() {
      return timestamp;
    }
  }

  /**
   * A request: its groups (outermost first), name, start and end (epoch ms), OK or KO, and the KO
   * message (or empty).
   */
  record Request(
      List<RawString> groups, RawString name, long start, long end, boolean ok, RawString message)
      implements LogRecord {
    @Override
    public long eventTime() {
      return end;
    }
  }

  /**
   * A group ended: its path, start and end (epoch ms), the response times of its requests added up
   * (ms), OK or KO.
   */
  record Group(List<RawString> groups, long start, long end, int cumulatedResponseTime, boolean ok)
      implements LogRecord {
    @Override
    public long eventTime() {
      return end;
    }
  }

  /** An error outside requests (a crashed session step), at {@code timestamp} (epoch ms). */
  record Error(RawString message, long timestamp) implements LogRecord {
    @Override
    public long eventTime() {
      return timestamp;
    }
  }
}
