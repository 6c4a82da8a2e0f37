package dev.boundarytracer.locks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class LockRegistryTest {
  @AfterEach
  void forgetDesignations() {
    LockRegistry.forgetAll();
  }

  @Test
  void designatesByIdentityUnderOneIdPerName() {
    Object a = new Object();
    Object b = new Object();
    assertEquals(-1, LockRegistry.lockIdOf(a));
    LockRegistry.designate(a, "registry-test");
    LockRegistry.designate(b, "registry-test");
    int id = LockRegistry.lockIdOf(a);
    assertTrue(id >= 0);
    assertEquals(id, LockRegistry.lockIdOf(b), "same name, same lock id");
    assertEquals("registry-test", LockRegistry.nameOf(id));
    LockRegistry.designate(a, "another-name");
    assertEquals(id, LockRegistry.lockIdOf(a), "the first name stays");
    assertEquals(-1, LockRegistry.lockIdOf(null));
    LockRegistry.designate(null, "ignored");
    assertEquals(-1, LockRegistry.lockIdOf(new Object()));
  }

  @Test
  void aReadWriteLockDesignatesBothHalves() {
    ReentrantReadWriteLock rw = new ReentrantReadWriteLock();
    LockRegistry.designate(rw, "registry-rw");
    int id = LockRegistry.lockIdOf(rw);
    assertEquals(id, LockRegistry.lockIdOf(rw.readLock()));
    assertEquals(id, LockRegistry.lockIdOf(rw.writeLock()));
  }

  @Test
  void conditionsBelongToTheirLock() {
    ReentrantLock lock = new ReentrantLock();
    LockRegistry.designate(lock, "registry-condition");
    Condition c = lock.newCondition();
    assertEquals(-1, LockRegistry.conditionLockIdOf(c));
    LockRegistry.designateCondition(c, LockRegistry.lockIdOf(lock));
    assertEquals(LockRegistry.lockIdOf(lock), LockRegistry.conditionLockIdOf(c));
    assertTrue(LockRegistry.anyDesignated());
  }
}
