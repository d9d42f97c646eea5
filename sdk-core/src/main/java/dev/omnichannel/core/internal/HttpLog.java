package dev.omnichannel.core.internal;

import java.io.IOException;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okio.Buffer;
import okio.ByteString;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Logs through SLF4J logger {@code dev.omnichannel.http}: one DEBUG line per attempt (method,
 * redacted URL, status, time, attempt, request id), headers at TRACE, bodies at DEBUG only when
 * {@code logBodies} is on; everything redacted by {@link Redactor}. Not public API.
 */
final class HttpLog {

  static final Logger LOG = LoggerFactory.getLogger("dev.omnichannel.http");
  private static final int MAX_BODY_CHARS = 4096;

  private final boolean logBodies;

  HttpLog(boolean logBodies) {
    this.logBodies = logBodies;
  }

  void attempt(Request request, String loggedUrl, int status, long millis, int attempt, String requestId) {
    try {
      if (LOG.isDebugEnabled()) {
        LOG.debug("{} {} -> {} in {} ms (attempt {}{})", request.method(), loggedUrl, status,
            millis, attempt, requestId == null ? "" : ", request-id " + requestId);
      }
    } catch (Throwable t) {
      loggingFailed(t);
    }
  }

  void failure(Request request, String loggedUrl, IOException e, long millis, int attempt) {
    try {
      if (LOG.isDebugEnabled()) {
        LOG.debug("{} {} -> {} in {} ms (attempt {})", request.method(), loggedUrl,
            e.getClass().getSimpleName(), millis, attempt);
      }
    } catch (Throwable t) {
      loggingFailed(t);
    }
  }

  /** Logs headers and bodies; a failure to log never changes the call's outcome. */
  void exchange(Request request, Response response, ByteString body) {
    try {
      logExchange(request, response, body);
    } catch (Throwable t) {
      loggingFailed(t);
    }
  }

  /** One line, never the body or headers (the failure may be about them). */
  private static void loggingFailed(Throwable t) {
    try {
      LOG.warn("could not log an HTTP exchange ({}); the call itself is unaffected", t.getClass().getName());
    } catch (Throwable ignored) {
      // logging is broken: nothing more to do
    }
  }

  private void logExchange(Request request, Response response, ByteString body) {
    if (LOG.isTraceEnabled()) {
      LOG.trace("request headers: {}", Redactor.headers(request.headers()));
      LOG.trace("response headers: {}", Redactor.headers(response.headers()));
    }
    if (logBodies && LOG.isDebugEnabled()) {
      LOG.debug("request body: {}", requestBody(request.body()));
      LOG.debug("response body: {}", isText(response.body().contentType())
          ? Redactor.body(body.utf8(), MAX_BODY_CHARS) : "<" + body.size() + " bytes>");
    }
  }

  private static String requestBody(RequestBody body) {
    if (body == null) {
      return "<none>";
    }
    try {
      if (body.isOneShot() || body.isDuplex() || !isText(body.contentType())) {
        long length = body.contentLength();
        return "<" + (body.contentType() == null ? "binary" : body.contentType().type() + "/"
            + body.contentType().subtype()) + (length >= 0 ? ", " + length + " bytes>" : ">");
      }
      Buffer buffer = new Buffer();
      body.writeTo(buffer);
      return Redactor.body(buffer.readUtf8(), MAX_BODY_CHARS);
    } catch (IOException e) {
      return "<unreadable>";
    }
  }

  private static boolean isText(MediaType type) {
    if (type == null) {
      return true;
    }
    return type.type().equals("text") || type.subtype().contains("json")
        || type.subtype().equals("x-www-form-urlencoded");
  }
}
