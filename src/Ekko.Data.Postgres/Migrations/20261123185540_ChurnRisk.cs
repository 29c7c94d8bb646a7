using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Ekko.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class ChurnRisk : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ChurnModels",
                columns: table => new
                {
                    WorkspaceId = table.Column<Guid>(type: "uuid", nullable: false),
                    RequestedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    LeaseOwner = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    LeaseUntil = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    TrainedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Problem = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    Model = table.Column<byte[]>(type: "bytea", nullable: true),
                    Scaling = table.Column<string>(type: "character varying(10000)", maxLength: 10000, nullable: true),
                    TrainFrom = table.Column<DateOnly>(type: "date", nullable: true),
                    Cutoff = table.Column<DateOnly>(type: "date", nullable: true),
                    LabelsUntil = table.Column<DateOnly>(type: "date", nullable: true),
                    TrainRows = table.Column<int>(type: "integer", nullable: false),
                    TrainChurned = table.Column<int>(type: "integer", nullable: false),
                    TestRows = table.Column<int>(type: "integer", nullable: false),
                    TestChurned = table.Column<int>(type: "integer", nullable: false),
                    Auc = table.Column<double>(type: "double precision", nullable: true),
                    TopDecileLift = table.Column<double>(type: "double precision", nullable: true),
                    ScoredCustomers = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ChurnModels", x => x.WorkspaceId);
                    table.ForeignKey(
                        name: "FK_ChurnModels_Workspaces_WorkspaceId",
                        column: x => x.WorkspaceId,
                        principalTable: "Workspaces",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ChurnScores",
                columns: table => new
                {
                    WorkspaceId = table.Column<Guid>(type: "uuid", nullable: false),
                    CustomerId = table.Column<Guid>(type: "uuid", nullable: false),
                    Rank = table.Column<int>(type: "integer", nullable: false),
                    Probability = table.Column<double>(type: "double precision", nullable: false),
                    Signals = table.Column<string>(type: "jsonb", nullable: false),
                    ScoredAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ChurnScores", x => new { x.WorkspaceId, x.CustomerId });
                    table.ForeignKey(
                        name: "FK_ChurnScores_Customers_CustomerId",
                        column: x => x.CustomerId,
                        principalTable: "Customers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ChurnScores_CustomerId",
                table: "ChurnScores",
                column: "CustomerId");

            migrationBuilder.CreateIndex(
                name: "IX_ChurnScores_WorkspaceId_Rank",
                table: "ChurnScores",
                columns: new[] { "WorkspaceId", "Rank" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ChurnModels");

            migrationBuilder.DropTable(
                name: "ChurnScores");
        }
    }
}
