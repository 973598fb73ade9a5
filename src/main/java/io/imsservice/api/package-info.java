/**
 * JAX-RS resources and their DTOs.
 *
 * <p>Every IMS resource class has the class path {@code /} and full paths on its methods. Quarkus REST first picks
 * the resource class whose class path matches the longest prefix and does not backtrack to another class, so a
 * class at {@code /v2/cloudimages} would hide {@code /v2/cloudimages/action} declared in a class at {@code /}.
 */
package io.imsservice.api;
