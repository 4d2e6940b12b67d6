package io.migsh;
public final class Main { public static void main(String[] a) {} }
