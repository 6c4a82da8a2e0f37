package dev.boundarytracer.live;

/**
 * Where an endpoint listens, parsed from {@code [host:]port}: the host defaults to {@code
 * 127.0.0.1}, so nothing outside the machine can connect unless a host is given; port 0 asks the
 * system for a free port.
 *
 * @param host a host name or IP literal, not null
 * @param port 0..65535
 */
record ListenAddress(String host, int port) {
  /** The host used when the value names only a port. */
  static final String LOOPBACK = "127.0.0.1";

  /**
   * Parses {@code port}, {@code host:port} or {@code [ipv6]:port}.
   *
   * @param value as written by the user, not null
   * @return the address
   * @throws IllegalArgumentException with the problem in words, when the value has no valid port
   */
  static ListenAddress parse(String value) {
    String v = value.trim();
    String host = LOOPBACK;
    String port = v;
    int colon = v.lastIndexOf(':');
    if (colon >= 0) {
      host = v.substring(0, colon).trim();
      port = v.substring(colon + 1).trim();
      if (host.startsWith("[") && host.endsWith("]")) {
        host = host.substring(1, host.length() - 1);
      }
      if (host.isEmpty()) {
        throw new IllegalArgumentException("empty host before ':'");
      }
    }
    int p;
    try {
      p = Integer.parseInt(port);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("'" + port + "' is not a port number");
    }
    if (p < 0 || p > 65535) {
      throw new IllegalArgumentException("port " + p + " is outside 0..65535");
    }
    return new ListenAddress(host, p);
  }
}
