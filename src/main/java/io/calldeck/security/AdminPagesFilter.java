package io.calldeck.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Admin-only pages ({@code /access}): any request of a signed-in user without the {@code admin} role, page or
 * postback, is answered 403 with CallDeck's "Not allowed" page, and the page's code never runs. (A container
 * security constraint would answer the same 403 but, on Liberty, with an empty body that browsers replace with
 * their own error page.) The page's backing bean checks the role again.
 */
@WebFilter(urlPatterns = {"/access", "/access.xhtml"})
public class AdminPagesFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.isUserInRole(Roles.ADMIN)) {
            chain.doFilter(request, response);
            return;
        }
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        request.getRequestDispatcher("/errors/403.xhtml").forward(request, response);
    }
}
