package nl.burgernet.security.control;

import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a boundary whose reads of the shared store are limited to the caller's scope. Every EJB
 * that touches scoped entities carries it; a bean that forgets it fails closed, because the store
 * refuses scoped queries without scope parameters.
 */
@InterceptorBinding
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface ScopeFiltered {}
