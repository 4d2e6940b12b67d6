package io.migsh.store;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.Consumer;

/**
 * A pooled connection lent to code that speaks JDBC itself: every call goes to the pooled connection, except that
 * {@code close} hands it back (rolled back if left inside a transaction) instead of closing it, and only once.
 */
final class LentConnection implements InvocationHandler {
    private final Connection pooled;
    private final Consumer<Connection> giveBack;
    private boolean returned;

    private LentConnection(Connection pooled, Consumer<Connection> giveBack) {
        this.pooled = pooled;
        this.giveBack = giveBack;
    }

    static Connection of(Connection pooled, Consumer<Connection> giveBack) throws SQLException {
        pooled.setAutoCommit(true);
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(),
                new Class<?>[] {Connection.class}, new LentConnection(pooled, giveBack));
    }

    @Override
    public synchronized Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
        switch (method.getName()) {
            case "close" -> {
                if (!returned) handBack();
                return null;
            }
            case "isClosed" -> {
                if (returned) return true;
            }
            case "equals" -> {
                return proxy == args[0];
            }
            case "hashCode" -> {
                return System.identityHashCode(proxy);
            }
            default -> {
                if (returned) throw new SQLException("The connection was handed back to the state store's pool.");
            }
        }
        try {
            return method.invoke(pooled, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    private void handBack() {
        returned = true;
        try {
            if (!pooled.getAutoCommit()) pooled.rollback();
        } catch (SQLException broken) {
            // the pool checks a connection's validity before lending it again
        }
        giveBack.accept(pooled);
    }
}
