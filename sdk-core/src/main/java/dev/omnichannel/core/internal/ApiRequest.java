package dev.omnichannel.core.internal;

import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import okhttp3.RequestBody;

/**
 * One endpoint call described as data: method, path, query, headers, body and how to decode the
 * answer. Provider services build one per method; {@link HttpTransport} executes it synchronously
 * or asynchronously, so the endpoint logic exists once. Immutable. Not public API.
 *
 * @param <T> the decoded response type
 */
public final class ApiRequest<T> {

  /** A query parameter; repeated names are allowed (e.g. {@code labels[]}). */
  record QueryParam(String name, String value) {}

  private final String method;
  private final String pathTemplate;
  private final List<String> pathSegments;
  private final List<QueryParam> query;
  private final Map<String, String> headers;
  private final Object jsonBody;
  private final Type jsonBodyType;
  private final RequestBody rawBody;
  private final ResponseDecoder<T> decoder;
  private final boolean idempotent;
  private final boolean redactPath;

  private ApiRequest(Builder<T> b) {
    this.method = b.method;
    this.pathTemplate = b.pathTemplate;
    this.pathSegments = List.copyOf(b.pathSegments);
    this.query = List.copyOf(b.query);
    this.headers = Map.copyOf(b.headers);
    this.jsonBody = b.jsonBody;
    this.jsonBodyType = b.jsonBodyType;
    this.rawBody = b.rawBody;
    this.decoder = Objects.requireNonNull(b.decoder, "decoder");
    this.idempotent = b.idempotent != null ? b.idempotent : isIdempotentMethod(method);
    this.redactPath = b.redactPath;
  }

  private ApiRequest(ApiRequest<T> other, boolean redactPath) {
    this.method = other.method;
    this.pathTemplate = other.pathTemplate;
    this.pathSegments = other.pathSegments;
    this.query = other.query;
    this.headers = other.headers;
    this.jsonBody = other.jsonBody;
    this.jsonBodyType = other.jsonBodyType;
    this.rawBody = other.rawBody;
    this.decoder = other.decoder;
    this.idempotent = other.idempotent;
    this.redactPath = redactPath;
  }

  /**
   * This request, logged with its path template instead of the filled path (for paths that carry
   * secrets, such as a Chatwoot inbox identifier).
   *
   * @return a copy whose path is never logged
   */
  public ApiRequest<T> withRedactedPath() {
    return redactPath ? this : new ApiRequest<>(this, true);
  }

  /**
   * Starts a request. The path template's {@code {}} segments are replaced, in order, by the
   * arguments, each percent-encoded as one path segment (so an id containing {@code /} cannot
   * change the path; {@code .} and {@code ..} are rejected for the same reason).
   *
   * @param method HTTP method
   * @param pathTemplate path relative to the base URL, e.g. {@code /api/v1/accounts/{}/contacts}
   * @param args values for the {@code {}} placeholders
   * @param <T> the response type
   * @return a builder
   */
  public static <T> Builder<T> builder(String method, String pathTemplate, Object... args) {
    return new Builder<>(method, pathTemplate, args);
  }

  private static boolean isIdempotentMethod(String method) {
    return switch (method) {
      case "GET", "HEAD", "PUT", "DELETE", "OPTIONS" -> true;
      default -> false;
    };
  }

  /** @return the HTTP method */
  public String method() {
    return method;
  }

  /** @return the path template, for logs (placeholders not filled, so no ids or personal data) */
  public String pathTemplate() {
    return pathTemplate;
  }

  /** @return the decoded path segments */
  public List<String> pathSegments() {
    return pathSegments;
  }

  /** @return query parameters in order */
  List<QueryParam> query() {
    return query;
  }

  /** @return extra headers */
  public Map<String, String> headers() {
    return headers;
  }

  /** @return the object to serialise as JSON, or null */
  public Object jsonBody() {
    return jsonBody;
  }

  /** @return the declared type of the JSON body, or null to use its runtime class */
  public Type jsonBodyType() {
    return jsonBodyType;
  }

  /** @return a prebuilt body (multipart, form), or null */
  public RequestBody rawBody() {
    return rawBody;
  }

  /** @return how to decode the response */
  public ResponseDecoder<T> decoder() {
    return decoder;
  }

  /** @return whether the request may be re-sent after it may have reached the server */
  public boolean idempotent() {
    return idempotent;
  }

  /** @return whether logs must show the path template instead of the filled path */
  public boolean redactPath() {
    return redactPath;
  }

  /** Shows the method and template only. */
  @Override
  public String toString() {
    return method + " " + pathTemplate;
  }

  /**
   * Builder for {@link ApiRequest}.
   *
   * @param <T> the response type
   */
  public static final class Builder<T> {
    private final String method;
    private final String pathTemplate;
    private final List<String> pathSegments = new ArrayList<>();
    private final List<QueryParam> query = new ArrayList<>();
    private final Map<String, String> headers = new LinkedHashMap<>();
    private Object jsonBody;
    private Type jsonBodyType;
    private RequestBody rawBody;
    private ResponseDecoder<T> decoder;
    private Boolean idempotent;
    private boolean redactPath;

    private Builder(String method, String pathTemplate, Object[] args) {
      this.method = Objects.requireNonNull(method, "method").toUpperCase(java.util.Locale.ROOT);
      this.pathTemplate = Objects.requireNonNull(pathTemplate, "pathTemplate");
      int next = 0;
      for (String part : pathTemplate.split("/")) {
        if (part.isEmpty()) {
          continue;
        }
        if (part.equals("{}")) {
          if (next >= args.length) {
            throw new IllegalArgumentException("too few path arguments for " + pathTemplate);
          }
          Object arg = args[next++];
          if (arg == null || arg.toString().isEmpty()) {
            throw new IllegalArgumentException("path argument " + next + " of " + pathTemplate
                + " must not be null or empty");
          }
          String segment = arg.toString();
          if (isDotSegment(segment)) {
            throw new IllegalArgumentException("path argument " + next + " of " + pathTemplate
                + " must not be '.' or '..'");
          }
          pathSegments.add(segment);
        } else {
          pathSegments.add(part);
        }
      }
      if (next != args.length) {
        throw new IllegalArgumentException("too many path arguments for " + pathTemplate);
      }
    }

    /** "." and ".." (also percent-encoded) would be resolved as dot segments and change the path. */
    private static boolean isDotSegment(String segment) {
      String s = segment.replace("%2e", ".").replace("%2E", ".");
      return s.equals(".") || s.equals("..");
    }

    /**
     * Adds a query parameter; null values are skipped.
     *
     * @param name parameter name
     * @param value value (its {@code toString()}), or null to skip
     * @return this builder
     */
    public Builder<T> query(String name, Object value) {
      if (value != null) {
        query.add(new QueryParam(name, value.toString()));
      }
      return this;
    }

    /**
     * Adds one query parameter per value under the same name; null or empty lists add nothing.
     *
     * @param name parameter name, e.g. {@code labels[]}
     * @param values values
     * @return this builder
     */
    public Builder<T> queryAll(String name, Iterable<?> values) {
      if (values != null) {
        for (Object v : values) {
          query(name, v);
        }
      }
      return this;
    }

    /**
     * Adds a header.
     *
     * @param name header name
     * @param value value; null skips
     * @return this builder
     * @throws IllegalArgumentException when the name or value is not valid in an HTTP header (the
     *     message never shows the value)
     */
    public Builder<T> header(String name, String value) {
      if (value != null) {
        HeaderCredentials.requireValidHeader(name, value);
        headers.put(name, value);
      }
      return this;
    }

    /**
     * Sends this object as a JSON body, serialised with the client's Moshi by its runtime class
     * (a {@code Map} for parameter objects, or a record).
     *
     * @param body the body
     * @return this builder
     */
    public Builder<T> jsonBody(Object body) {
      this.jsonBody = Objects.requireNonNull(body, "body");
      return this;
    }

    /**
     * Sends this object as a JSON body, serialised as the given type.
     *
     * @param body the body
     * @param type the type to serialise as
     * @return this builder
     */
    public Builder<T> jsonBody(Object body, Type type) {
      this.jsonBody = Objects.requireNonNull(body, "body");
      this.jsonBodyType = type;
      return this;
    }

    /**
     * Sends a prebuilt body (multipart upload, form).
     *
     * @param body the body
     * @return this builder
     */
    public Builder<T> body(RequestBody body) {
      this.rawBody = Objects.requireNonNull(body, "body");
      return this;
    }

    /**
     * Marks the request as safe (or unsafe) to re-send after it may have reached the server,
     * overriding the default by method (GET, HEAD, PUT, DELETE are idempotent).
     *
     * @param idempotent whether the provider treats a repeat as a no-op
     * @return this builder
     */
    public Builder<T> idempotent(boolean idempotent) {
      this.idempotent = idempotent;
      return this;
    }

    /**
     * Logs the path template instead of the filled path, for paths that carry secrets.
     *
     * @return this builder
     */
    public Builder<T> redactPath() {
      this.redactPath = true;
      return this;
    }

    /**
     * Sets how the response is decoded.
     *
     * @param decoder the decoder
     * @return this builder
     */
    public Builder<T> decoder(ResponseDecoder<T> decoder) {
      this.decoder = decoder;
      return this;
    }

    /**
     * Decodes the whole response body as JSON of the given type.
     *
     * @param type the type, e.g. a record class or a {@code Types.newParameterizedType(...)}
     * @return this builder
     */
    public Builder<T> responseType(Type type) {
      this.decoder = response -> response.json(type);
      return this;
    }

    /**
     * Builds the request.
     *
     * @return the immutable request
     */
    public ApiRequest<T> build() {
      if (jsonBody != null && rawBody != null) {
        throw new IllegalStateException("a request has either a JSON body or a raw body");
      }
      return new ApiRequest<>(this);
    }
  }
}
