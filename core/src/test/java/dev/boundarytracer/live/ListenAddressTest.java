package dev.boundarytracer.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ListenAddressTest {
  @Test
  void aPortAloneListensOnLoopback() {
    assertEquals(new ListenAddress("127.0.0.1", 9464), ListenAddress.parse("9464"));
    assertEquals(new ListenAddress("127.0.0.1", 0), ListenAddress.parse(" 0 "));
  }

  @Test
  void aHostIsKeptAndIpv6LiteralsLoseTheirBrackets() {
    assertEquals(new ListenAddress("0.0.0.0", 9464), ListenAddress.parse("0.0.0.0:9464"));
    assertEquals(new ListenAddress("::1", 9464), ListenAddress.parse("[::1]:9464"));
  }

  @Test
  void badValuesSayWhatIsWrong() {
    assertEquals(
        "'http' is not a port number",
        assertThrows(IllegalArgumentException.class, () -> ListenAddress.parse("localhost:http"))
            .getMessage());
    assertEquals(
        "port 70000 is outside 0..65535",
        assertThrows(IllegalArgumentException.class, () -> ListenAddress.parse("70000"))
            .getMessage());
    assertEquals(
        "empty host before ':'",
        assertThrows(IllegalArgumentException.class, () -> ListenAddress.parse(":9464"))
            .getMessage());
  }
}
