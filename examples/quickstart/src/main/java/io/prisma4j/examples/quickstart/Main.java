package io.prisma4j.examples.quickstart;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.prisma4j.client.typed.PrismaJacksonModule;
import io.prisma4j.examples.quickstart.db.PrismaClient;
import io.prisma4j.examples.quickstart.db.User;

import java.util.List;

/**
 * The tutorial's first CRUD operations (Module 1.3, {@code src/index.ts}) on the generated client: create a
 * user, read all users and one by email, update it, delete it, and print each result as Prisma Client JS
 * would log it (as JSON).
 */
public final class Main {
    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new PrismaJacksonModule());

    private Main() {
    }

    public static void main(String[] args) throws JsonProcessingException {
        // Reads DATABASE_URL from the environment or .env, as the schema says
        try (PrismaClient prisma = new PrismaClient()) {
            // CREATE - Insert a new user
            User newUser = prisma.user.create(c -> c.data(d -> d
                    .email("alice@example.com")
                    .name("Alice Johnson")
                    .age(28)));
            System.out.println("Created user: " + JSON.writeValueAsString(newUser));

            // READ - Fetch all users
            List<User> allUsers = prisma.user.findMany();
            System.out.println("All users: " + JSON.writeValueAsString(allUsers));

            // READ - Fetch single user by unique field
            User user = prisma.user.findUnique(q -> q.where(w -> w.email("alice@example.com")));
            System.out.println("Found user: " + JSON.writeValueAsString(user));

            // UPDATE - Modify user
            User updatedUser = prisma.user.update(u -> u
                    .where(w -> w.email("alice@example.com"))
                    .data(d -> d.age(29)));
            System.out.println("Updated user: " + JSON.writeValueAsString(updatedUser));

            // DELETE - Remove user
            User deletedUser = prisma.user.delete(d -> d.where(w -> w.email("alice@example.com")));
            System.out.println("Deleted user: " + JSON.writeValueAsString(deletedUser));
        }
    }
}
