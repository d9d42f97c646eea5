package dev.omnichannel.core.testing.openapi;

import com.squareup.moshi.Moshi;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An OpenAPI 3.x document read with Moshi into plain maps and lists, with local {@code $ref}
 * resolution and an index of its operations (method, path template, parameters, request body).
 * Both OpenAPI 3.0 ({@code type: string} plus {@code nullable}) and 3.1 ({@code type: [string,
 * "null"]}) type forms are understood by {@link ContractValidator}; Swagger 2.0 documents are
 * refused with a clear message.
 *
 * <p>Specs exported from Postman often carry literal sample ids where the path parameters go
 * ({@code /rooms/c1d8198a-9eb5-4952-9183-137670a2db9a/participants}): every path segment that
 * looks like a UUID (8-4-4-4-12 hex digits, also with a stray 13th digit at the end) becomes a
 * path parameter named after the segment before it ({@code {rooms_id}}). Operations without an
 * {@code operationId} are named {@code METHOD template} with the normalised template.
 */
public final class OpenApiSpec {

  private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "options", "head", "patch", "trace");
  private static final Pattern TEMPLATE_PARAM = Pattern.compile("\\{([^}/]+)}");
  /** A path segment that is a sample UUID (also the 37-character variant some exports contain). */
  public static final Pattern UUID_SEGMENT = Pattern.compile(
      "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12,13}");

  private final Map<String, Object> root;
  private final String version;
  private final List<Operation> operations;

  private OpenApiSpec(Map<String, Object> root, Set<String> excludedOperationIds) {
    this.root = root;
    if (root.get("swagger") != null) {
      throw new IllegalArgumentException("Swagger " + root.get("swagger")
          + " document: this validator reads OpenAPI 3.x only");
    }
    Object v = root.get("openapi");
    if (!(v instanceof String s) || !s.startsWith("3.")) {
      throw new IllegalArgumentException("not an OpenAPI 3.x document (openapi=" + v + ")");
    }
    this.version = s;
    this.operations = Collections.unmodifiableList(index(excludedOperationIds));
  }

  /**
   * Reads a spec file.
   *
   * @param file the JSON file
   * @param excludedOperationIds operations left out of the index (spec defects)
   * @return the spec
   * @throws IOException when the file cannot be read
   */
  public static OpenApiSpec load(Path file, Set<String> excludedOperationIds) throws IOException {
    return parse(Files.readString(file, StandardCharsets.UTF_8), excludedOperationIds);
  }

  /**
   * Parses a spec from JSON text.
   *
   * @param json the document
   * @param excludedOperationIds operations left out of the index
   * @return the spec
   */
  @SuppressWarnings("unchecked")
  public static OpenApiSpec parse(String json, Set<String> excludedOperationIds) {
    Object doc;
    try {
      doc = new Moshi.Builder().build().adapter(Object.class).fromJson(json);
    } catch (IOException e) {
      throw new IllegalArgumentException("spec is not valid JSON: " + e.getMessage(), e);
    }
    if (!(doc instanceof Map)) {
      throw new IllegalArgumentException("spec root is not a JSON object");
    }
    return new OpenApiSpec((Map<String, Object>) doc, excludedOperationIds);
  }

  /**
   * The {@code openapi} version string.
   *
   * @return e.g. {@code 3.0.0}
   */
  public String version() {
    return version;
  }

  /**
   * Every indexed operation, those with fewer path parameters (more literal) first.
   *
   * @return the operations
   */
  public List<Operation> operations() {
    return operations;
  }

  /**
   * Follows {@code $ref} chains (local JSON pointers only) until a node without one.
   *
   * @param node a schema, parameter or request-body node
   * @return the target node (the node itself when it has no reference)
   */
  public Object resolve(Object node) {
    int hops = 0;
    while (node instanceof Map<?, ?> m && m.get("$ref") instanceof String ref) {
      if (++hops > 64) {
        throw new IllegalStateException("$ref cycle at " + ref);
      }
      node = pointer(ref);
    }
    return node;
  }

  private Object pointer(String ref) {
    if (!ref.startsWith("#/")) {
      throw new IllegalArgumentException("only local $ref is supported: " + ref);
    }
    Object cur = root;
    for (String raw : ref.substring(2).split("/")) {
      String key = raw.replace("~1", "/").replace("~0", "~");
      if (cur instanceof Map<?, ?> m && m.containsKey(key)) {
        cur = m.get(key);
      } else if (cur instanceof List<?> l && key.matches("\\d+") && Integer.parseInt(key) < l.size()) {
        cur = l.get(Integer.parseInt(key));
      } else {
        throw new IllegalArgumentException("unresolvable $ref " + ref + " (no '" + key + "')");
      }
    }
    return cur;
  }

  @SuppressWarnings("unchecked")
  Map<String, Object> map(Object node) {
    Object r = resolve(node);
    return r instanceof Map ? (Map<String, Object>) r : Map.of();
  }

  List<?> list(Object node) {
    Object r = resolve(node);
    return r instanceof List<?> l ? l : List.of();
  }

  private List<Operation> index(Set<String> excluded) {
    List<Operation> out = new ArrayList<>();
    for (Map.Entry<String, Object> pe : map(root.get("paths")).entrySet()) {
      String template = normalise(pe.getKey());
      Map<String, Object> item = map(pe.getValue());
      for (Map.Entry<String, Object> me : item.entrySet()) {
        String method = me.getKey().toLowerCase();
        if (!METHODS.contains(method)) {
          continue;
        }
        Map<String, Object> op = map(me.getValue());
        String id = op.get("operationId") instanceof String s && !s.isBlank() ? s : method.toUpperCase() + " " + template;
        if (excluded.contains(id)) {
          continue;
        }
        // Path-level parameters first, operation-level ones override (same name and location);
        // this also collapses the parameters the spec declares twice (research 1.1 #4).
        Map<String, Param> params = new LinkedHashMap<>();
        for (Object p : list(item.get("parameters"))) {
          addParam(params, p);
        }
        for (Object p : list(op.get("parameters"))) {
          addParam(params, p);
        }
        for (String name : compile(template).names()) {
          params.putIfAbsent("path:" + name, new Param(name, "path", true, Map.of("type", "string")));
        }
        Body body = null;
        if (op.get("requestBody") != null) {
          Map<String, Object> rb = map(op.get("requestBody"));
          Map<String, Object> content = new LinkedHashMap<>();
          for (Map.Entry<String, Object> ce : map(rb.get("content")).entrySet()) {
            content.put(ce.getKey().toLowerCase(), map(ce.getValue()).get("schema"));
          }
          body = new Body(Boolean.TRUE.equals(rb.get("required")), content);
        }
        out.add(new Operation(method.toUpperCase(), template, id, compile(template), params, body));
      }
    }
    out.sort(Comparator.comparingInt((Operation o) -> o.pathParamNames().size()).thenComparing(Operation::template)
        .thenComparing(Operation::method));
    return out;
  }

  /**
   * The path template with every sample-UUID segment replaced by a named parameter
   * ({@code /rooms/<uuid>/tags} becomes {@code /rooms/{rooms_id}/tags}); names are made unique.
   *
   * @param path the path as written in the spec
   * @return the template
   */
  public static String normalise(String path) {
    String[] segs = path.split("/", -1);
    Set<String> used = new java.util.HashSet<>();
    Matcher existing = TEMPLATE_PARAM.matcher(path);
    while (existing.find()) {
      used.add(existing.group(1));
    }
    for (int i = 0; i < segs.length; i++) {
      if (UUID_SEGMENT.matcher(segs[i]).matches()) {
        String base = (i > 0 && !segs[i - 1].isEmpty() && !segs[i - 1].startsWith("{") ? segs[i - 1] : "param") + "_id";
        String name = base;
        for (int n = 2; !used.add(name); n++) {
          name = base + n;
        }
        segs[i] = "{" + name + "}";
      }
    }
    return String.join("/", segs);
  }

  private void addParam(Map<String, Param> params, Object node) {
    Map<String, Object> p = map(node);
    String name = (String) p.get("name");
    String in = (String) p.get("in");
    if (name == null || in == null) {
      return;
    }
    boolean required = Boolean.TRUE.equals(p.get("required")) || "path".equals(in);
    params.put(in + ":" + name, new Param(name, in, required, p.get("schema")));
  }

  private static Compiled compile(String template) {
    String t = stripTrailingSlash(template);
    StringBuilder re = new StringBuilder();
    List<String> names = new ArrayList<>();
    Matcher m = TEMPLATE_PARAM.matcher(t);
    int last = 0;
    while (m.find()) {
      re.append(Pattern.quote(t.substring(last, m.start()))).append("([^/]+)");
      names.add(m.group(1));
      last = m.end();
    }
    re.append(Pattern.quote(t.substring(last)));
    return new Compiled(Pattern.compile(re.toString()), List.copyOf(names));
  }

  /**
   * Drops one trailing slash (not from {@code /}): Rails-style routes ignore it.
   */
  static String stripTrailingSlash(String path) {
    return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
  }

  /**
   * A path template compiled to a regular expression.
   *
   * @param pattern matches a concrete path
   * @param names the parameter names, one group each
   */
  public record Compiled(Pattern pattern, List<String> names) {}

  /**
   * One operation of the spec.
   *
   * @param method upper-case HTTP method
   * @param template the path template as written in the spec
   * @param operationId the operationId (or {@code METHOD template} when it has none)
   * @param compiled the template as a regular expression and its parameter names
   * @param params parameters keyed {@code in:name}
   * @param body the request body, or null when the operation takes none
   */
  public record Operation(String method, String template, String operationId, Compiled compiled,
      Map<String, Param> params, Body body) {

    /**
     * The template's parameter names in order.
     *
     * @return the names
     */
    public List<String> pathParamNames() {
      return compiled.names();
    }

    /**
     * The parameter of this name and location.
     *
     * @param in {@code path}, {@code query} or {@code header}
     * @param name the name
     * @return the parameter or null
     */
    public Param param(String in, String name) {
      return params.get(in + ":" + name);
    }
  }

  /**
   * One parameter.
   *
   * @param name its name
   * @param in where it goes
   * @param required whether it must be sent
   * @param schema its schema node (may be a reference)
   */
  public record Param(String name, String in, boolean required, Object schema) {}

  /**
   * A request body.
   *
   * @param required whether one must be sent
   * @param content schema node per lower-case media type
   */
  public record Body(boolean required, Map<String, Object> content) {}
}
