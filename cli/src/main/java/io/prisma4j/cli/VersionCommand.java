package io.prisma4j.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code prisma4j version}: the versions of prisma4j and of the Java runtime it runs on. */
@Command(name = "version", aliases = "-v", description = "Display prisma4j version info.")
final class VersionCommand implements Runnable {

    static String version() {
        String version = PrismaCli.class.getPackage().getImplementationVersion();
        return version != null ? version : "0.1.0-SNAPSHOT";
    }

    @Override
    public void run() {
        System.out.println("prisma4j                : " + version());
        System.out.println("Java                    : " + System.getProperty("java.version") + " ("
                + System.getProperty("java.vendor") + ")");
        System.out.println("Operating System        : " + System.getProperty("os.name") + " "
                + System.getProperty("os.arch"));
    }

    /** Feeds {@code --version}. */
    static final class Provider implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"prisma4j " + version()};
        }
    }
}
