package dev.boundarytracer.demo.db;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;
import org.h2.tools.Server;

/**
 * An in-memory H2 database that this process serves over TCP on the loopback interface, so that the
 * bridge's I/O goes through a real socket and nothing needs installing. Clients reach it at {@code
 * jdbc:h2:tcp://127.0.0.1:<port>/mem:<name>}.
 */
public final class EmbeddedH2Server implements Database {
  private static final String LOOPBACK = "127.0.0.1";
  private static final String BIND_PROPERTY = "h2.bindAddress";
  private static final AtomicInteger NAMES = new AtomicInteger();

  private final Server server;
  private final Connection holder;
  private final String jdbcUrl;

  private EmbeddedH2Server(Server server, Connection holder, String jdbcUrl) {
    this.server = server;
    this.holder = holder;
    this.jdbcUrl = jdbcUrl;
  }

  /**
   * Creates a fresh in-memory database and serves it on a free loopback port.
   *
   * @return the running server
   * @throws SQLException when the server cannot start
   */
  public static EmbeddedH2Server start() throws SQLException {
    // H2 binds its server socket to this address; it reads the property once, on first use.
    if (System.getProperty(BIND_PROPERTY) == null) {
      System.setProperty(BIND_PROPERTY, LOOPBACK);
    }
    String name = "bridge" + ProcessHandle.current().pid() + "_" + NAMES.incrementAndGet();
    // The holding connection creates the database in-process (remote clients may not create one)
    // and keeps it alive until close().
    Connection holder = DriverManager.getConnection("jdbc:h2:mem:" + name);
    Server server;
    try {
      server = Server.createTcpServer("-tcpPort", "0", "-tcpDaemon").start();
    } catch (SQLException | RuntimeException e) {
      holder.close();
      throw e;
    }
    String url = "jdbc:h2:tcp://" + LOOPBACK + ":" + server.getPort() + "/mem:" + name;
    return new EmbeddedH2Server(server, holder, url);
  }

  /**
   * The TCP port the server listens on.
   *
   * @return the port
   */
  public int port() {
    return server.getPort();
  }

  @Override
  public String jdbcUrl() {
    return jdbcUrl;
  }

  /**
   * Whether the server still accepts connections.
   *
   * @return true until {@link #close()}
   */
  public boolean isRunning() {
    return server.isRunning(false);
  }

  /** Stops the server (closing its client connections) and drops the in-memory database. */
  @Override
  public void close() throws SQLException {
    try {
      server.stop();
    } finally {
      holder.close();
    }
  }
}
