using MailTriage.Routing.Matrix;

namespace MailTriage.Routing.Tests.TestSupport;

/// <summary>A small, valid matrix document whose sections tests replace to provoke one problem at a time.</summary>
internal static class TestMatrix
{
    public const string Header = """
        version: 1
        arManager: { name: Dana Whitfield, email: dana.whitfield@fabrikam.example }
        regions: [US, MX, ES]
        calendars:
          - id: us-central
            timeZone: America/Chicago
            workingHours:
              weekdays: ["08:00-12:00", "13:00-17:00"]
            holidays:
              - 2026-11-26 Thanksgiving Day
          - id: es-madrid
            timeZone: Europe/Madrid
            workingHours:
              weekdays: ["09:00-14:00", "15:00-18:00"]
              friday: ["08:00-15:00"]
        slaPolicies:
          - id: standard
            acknowledgeWithin: 4 business hours
            resolveWithin: 5 business days
          - id: expedited
            acknowledgeWithin: 2 business hours
            resolveWithin: 3 business days
        teams:
          - id: pricing
            name: Pricing
            calendar: us-central
            manager: { name: Priya Raman, email: priya.raman@fabrikam.example }
            members:
              - { name: Marcus Lee, email: marcus.lee@fabrikam.example, timeZone: America/Chicago, capacity: 10 }
              - { name: Elena Ortiz, email: elena.ortiz@fabrikam.example, timeZone: America/Chicago, capacity: 10, manager: grace.kim@fabrikam.example }
          - id: customer-service
            name: Customer Service
            calendar: us-central
            manager: { name: Olivia Grant, email: olivia.grant@fabrikam.example }
            members:
              - { name: Ben Carter, email: ben.carter@fabrikam.example, timeZone: America/Chicago }
          - id: sales-es
            name: Ventas España
            calendar: es-madrid
            manager: { name: Carmen Vidal, email: carmen.vidal@fabrikam.example }
            members:
              - { name: Javier Moreno, email: javier.moreno@fabrikam.example, timeZone: Europe/Madrid }
          - id: credit
            name: Credit
            calendar: us-central
            manager: { name: Grace Kim, email: grace.kim@fabrikam.example }
            members:
              - { name: Sarah Nguyen, email: sarah.nguyen@fabrikam.example, timeZone: America/Chicago }
        """;

    public const string Rules = """
        rules:
          - customers: { accounts: [C-100045], domains: [bigboxmart.example] }
            team: credit
            sla: expedited
            priority: high
          - reasons: [pricing, contract_terms]
            team: pricing
            sla: standard
          - reasons: [pricing]
            amount: { from: 50000 }
            team: pricing
            sla: expedited
            priority: high
          - regions: [ES]
            team: sales-es
            sla: standard
          - regions: [US, ES]
            amount: { from: 250000 }
            team: credit
            sla: expedited
            priority: urgent
          - team: customer-service
            sla: standard
        """;

    public static string Valid => Header + "\n" + Rules + "\n";

    public static string WithRules(string rules) => Header + "\n" + rules + "\n";

    public static ResolutionMatrix Load() => ResolutionMatrixLoader.LoadOrThrow(Valid);
}
