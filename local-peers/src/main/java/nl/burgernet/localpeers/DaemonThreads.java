package nl.burgernet.localpeers;

import java.util.concurrent.ThreadFactory;

/**
 * Threads of one name that do not keep the JVM alive: a local peer that was not stopped must not
 * hold up the end of a test run or of the embedded run.
 */
final class DaemonThreads implements ThreadFactory {

  private final String name;

  DaemonThreads(String name) {
    this.name = name;
  }

  @Override
  public Thread newThread(Runnable task) {
    Thread thread = new Thread(task, name);
    thread.setDaemon(true);
    return thread;
  }
}
