package org.latentexplorer.ui.common.task;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class NewestRequestTest {

  @Test
  void onlyTheNewestRequestCounts() {
    NewestRequest requests = new NewestRequest();
    NewestRequest.Request first = requests.next();
    assertTrue(first.isNewest());
    NewestRequest.Request second = requests.next();
    assertFalse(first.isNewest());
    assertTrue(second.isNewest());
    assertEquals(first.number() + 1, second.number());
  }

  @Test
  void endingAllLeavesNoneCurrent() {
    NewestRequest requests = new NewestRequest();
    NewestRequest.Request r = requests.next();
    requests.endAll();
    assertFalse(r.isNewest());
    assertTrue(requests.next().isNewest());
  }

  @Test
  void guardedActionsRunOnlyForTheNewest() {
    NewestRequest requests = new NewestRequest();
    List<String> seen = new ArrayList<>();
    NewestRequest.Request old = requests.next();
    NewestRequest.Request now = requests.next();
    old.<String>ifNewest(seen::add).accept("old");
    now.<String>ifNewest(seen::add).accept("now");
    old.ifNewest(() -> seen.add("old ran")).run();
    now.ifNewest(() -> seen.add("now ran")).run();
    assertEquals(List.of("now", "now ran"), seen);
  }
}
