package dev.omnichannel.core.testing;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketAddress;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.SocketFactory;

/**
 * A socket factory whose first {@code failures} connects are refused, before any byte is written:
 * the case where re-sending a POST is safe. Test helper.
 */
public final class FailFirstConnectSocketFactory extends SocketFactory {
  private final AtomicInteger remainingFailures;
  private final AtomicInteger refused = new AtomicInteger();

  /** @param failures how many connects to refuse */
  public FailFirstConnectSocketFactory(int failures) {
    this.remainingFailures = new AtomicInteger(failures);
  }

  /** @return how many connects were refused */
  public int refused() {
    return refused.get();
  }

  @Override
  public Socket createSocket() {
    return new Socket() {
      @Override
      public void connect(SocketAddress endpoint, int timeout) throws IOException {
        if (remainingFailures.getAndDecrement() > 0) {
          refused.incrementAndGet();
          throw new ConnectException("Connection refused (simulated)");
        }
        super.connect(endpoint, timeout);
      }
    };
  }

  @Override
  public Socket createSocket(String host, int port) throws IOException {
    throw new IOException("not used: OkHttp calls createSocket()");
  }

  @Override
  public Socket createSocket(String host, int port, InetAddress localHost, int localPort) throws IOException {
    throw new IOException("not used: OkHttp calls createSocket()");
  }

  @Override
  public Socket createSocket(InetAddress host, int port) throws IOException {
    throw new IOException("not used: OkHttp calls createSocket()");
  }

  @Override
  public Socket createSocket(InetAddress address, int port, InetAddress localAddress, int localPort) throws IOException {
    throw new IOException("not used: OkHttp calls createSocket()");
  }
}
