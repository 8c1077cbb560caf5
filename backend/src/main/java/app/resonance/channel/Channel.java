package app.resonance.channel;

import static app.resonance.common.Texts.blankToNull;

import app.resonance.common.persistence.WorkspaceOwnedRow;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.util.UUID;

@Entity
@Table(name = "channel")
public class Channel extends WorkspaceOwnedRow<ChannelInput> {

    @Column(nullable = false)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ChannelType type;

    public String url;

    public String publisher;

    protected Channel() {}

    Channel(UUID workspaceId) {
        super(workspaceId);
    }

    @Override
    public void apply(ChannelInput input) {
        name = input.name().strip();
        type = input.type();
        url = blankToNull(input.url());
        publisher = blankToNull(input.publisher());
    }
}
