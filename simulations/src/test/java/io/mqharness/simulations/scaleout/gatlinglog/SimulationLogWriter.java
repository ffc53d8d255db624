package io.mqharness.simulations.scaleout.gatlinglog;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a Gatling 3.15 binary {@code simulation.log} as gatling-core's {@code LogFileDataWriter}
 * does: the run record, then each record with its timestamps as int offsets (ms) from the run's
 * start and the strings of requests, groups and errors through a string cache of its own (indexes
 * from 1, a repeat written as the negative index).
 */
public final class SimulationLogWriter implements AutoCloseable {
  private final DataOutputStream out;
  private final LogRecord.Run run;
  private final Map<RawString, Integer> scenarios = new HashMap<>();
  private final Map<RawString, Integer> cache = new HashMap<>();

  /**
   * Creates {@code file} (replacing it) and writes {@code run} into it.
   *
   * @throws IOException when the file cannot be written
   */
  public SimulationLogWriter(Path file, LogRecord.Run run) throws IOException {
    this.out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file), 1 << 16));
    this.run = run;
    for (int i = 0; i < run.scenarios().size(); i++) {
      scenarios.put(run.scenarios().get(i), i);
    }
    out.writeByte(LogRecord.RUN);
    string(run.gatlingVersion());
    string(run.simulationClassName());
    out.writeLong(run.start());
    string(run.runDescription());
    out.writeInt(run.scenarios().size());
    for (RawString scenario : run.scenarios()) {
      string(scenario);
    }
    out.writeInt(run.assertions().size());
    for (byte[] assertion : run.assertions()) {
      out.writeInt(assertion.length);
      out.write(assertion);
    }
  }

  /**
   * Appends a user, request, group or error record.
   *
   * @throws IllegalArgumentException for a run record, or a user record of a scenario the run
   *     record does not list
   * @throws IOException when the file cannot be written
   */
  public void write(LogRecord record) throws IOException {
    if (record instanceof LogRecord.User user) {
      Integer scenario = scenarios.get(user.scenario());
      if (scenario == null) {
        throw new IllegalArgumentException(
            "scenario " + user.scenario() + " is not in the run record");
      }
      out.writeByte(LogRecord.USER);
      out.writeInt(scenario);
      out.writeBoolean(user.start());
      time(user.timestamp());
    } else if (record instanceof LogRecord.Request request) {
      out.writeByte(LogRecord.REQUEST);
      groups(request.groups());
      cached(request.name());
      time(request.start());
      time(request.end());
      out.writeBoolean(request.ok());
      cached(request.message());
    } else if (record instanceof LogRecord.Group group) {
      out.writeByte(LogRecord.GROUP);
      groups(group.groups());
      time(group.start());
      time(group.end());
      out.writeInt(group.cumulatedResponseTime());
      out.writeBoolean(group.ok());
    } else if (record instanceof LogRecord.Error error) {
      out.writeByte(LogRecord.ERROR);
      cached(error.message());
      time(error.timestamp());
    } else {
      throw new IllegalArgumentException("a log has one run record, written first");
    }
  }

  private void time(long epochMillis) throws IOException {
    out.writeInt(Math.toIntExact(epochMillis - run.start()));
  }

  private void groups(List<RawString> groups) throws IOException {
    out.writeInt(groups.size());
    for (RawString group : groups) {
      cached(group);
    }
  }

  private void cached(RawString value) throws IOException {
    Integer index = cache.get(value);
    if (index != null) {
      out.writeInt(-index);
      return;
    }
    index = cache.size() + 1;
    cache.put(value, index);
    out.writeInt(index);
    string(value);
  }

  private void string(RawString value) throws IOException {
    out.writeInt(value.value().length);
    if (!value.isEmpty()) {
      out.write(value.value());
      out.writeByte(value.coder());
    }
  }

  @Override
  public void close() throws IOException {
    out.close();
  }
}
